# Operators on lists: +, *, comparisons, in, len, del, unpacking.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [0] * 5, [] * 10, a * 0, a * -1)
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 3], [3] > [2, 99], [] < [0])
print([1, "a"] == [1, "a"], [1, 2] == (1, 2), [None] == [None])
print(2 in a, 9 in a, [1] in [[1], [2]], len(a + b))
c = a
c += b
print(a, c is a)
c = c + [6]
print(a, c, c is a)
x = [1, 2]
x *= 3
print(x)
nums = [4, 7, 1]
print(max(nums), min(nums), sum(nums), sorted(nums), nums, list(reversed(nums)))
print(bool([]), bool([[]]), len([[], []]))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2] * [2]
except TypeError as e:
    print("TypeError:", e)
