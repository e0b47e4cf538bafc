# Return values: implicit None, multiple values, early returns.
def nothing():
    pass

def explicit_none():
    return

def min_max(items):
    return min(items), max(items)

def first_even(items):
    for x in items:
        if x % 2 == 0:
            return x
    return None

def sign(n):
    if n > 0:
        return 1
    if n < 0:
        return -1
    return 0

print(nothing(), explicit_none())
lo, hi = min_max([5, 2, 9, 1])
print(lo, hi, min_max("hello"))
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
print([sign(n) for n in (-5, 0, 5)])

def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    var = sum([(x - mean) ** 2 for x in nums]) / n
    return {"n": n, "mean": mean, "var": var}
print(stats([2, 4, 4, 4, 5, 5, 7, 9]))

def returns_function():
    return len
print(returns_function()("abcd"))

def deep_return(n):
    while True:
        for i in range(n):
            if i == 3:
                return "returned at 3"
        return "loop ended"
print(deep_return(10), deep_return(2))
r = print("print returns")
print(r)
