# del on names, list items, slices and dict keys.
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[2:4]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums, len(nums))

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

a, b, c = 1, 2, 3
del a, b
print(c)

grid = [[1, 2], [3, 4]]
del grid[0][1]
print(grid)

def f():
    local = 5
    del local
    try:
        return local
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())

lst = [1, 2, 3]
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
