# len, abs, sum on all built-in types.
print(len(""), len("abc"), len("héllo"), len([]), len([1, [2, 3]]))
print(len(()), len((1,)), len({}), len({"a": 1}), len(set()), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -2)))
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-10 ** 30))
print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum([1, 2.0]), sum(range(1001)))
print(sum([[1], [2, 3]], []), sum([1, 2], 10), sum([0.1] * 10))
print(sum([True, True, False]), sum((9, 5)))
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
