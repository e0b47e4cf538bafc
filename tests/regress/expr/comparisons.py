# Comparison operators, chained comparisons and their evaluation order.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0)
print(1 == 1 == 1.0, 1 == 1 != 2, 0 < 0 <= 0)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == x)

calls = []
def val(n):
    calls.append(n)
    return n

# The middle operand is evaluated once; evaluation stops at the first false link
print(val(1) < val(2) < val(3))
print(calls)
calls.clear()
print(val(3) < val(2) < val(1))
print(calls)

print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1] == [1.0])
print((1, 2) == (1, 2), (1, "a") < (1, "b"), (2,) > (1, 99))
print(None == None, None is None, None != 0)
print(True == 1, False == 0, True is True, 2 == True)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float("nan") == float("nan"), float("inf") > 10 ** 300)
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1: 2} != {1: 3})
print(1 < 2.5 < 3, -1 < 0.0 <= 0)
