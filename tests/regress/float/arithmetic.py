# Float arithmetic, mixing with ints, floor division and modulo of floats.
print(0.1 + 0.2, 0.3 - 0.1, 0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 7 / 7)
print(1 + 2.0, 3 * 1.5, 2 ** 0.5, 2 ** -1, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 5.0 // 0.3, 5.0 % 0.3)
print(divmod(7.5, 2), divmod(-1.0, 3), 1e300 * 1e10, -1e300 * 1e10, 1e-320 / 1e10)
print(3.0 == 3, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 2) == 0.3)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
print(sum([0.1] * 10), 1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(float(10 ** 16) + 1.0 == float(10 ** 16), 3 * 0.1 == 0.3)
c_to_f = [(c, c * 9 / 5 + 32) for c in (-40, 0, 37, 100)]
print(c_to_f)
print(-3.5 * 2, -0.0 * 5, 0.0 * -1, abs(-0.0), -(0.0))
print(1.5.is_integer(), 2.0.is_integer(), (-3.0).is_integer())
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError raised")
