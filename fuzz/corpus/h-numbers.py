print(2 ** 100, -2 ** 63, 7 // -2, -7 % 3, divmod(-7, 2), 10 / 4, 2 ** -1)
print(int("ff", 16), int("0b101", 0), hex(255), oct(8), bin(5), int(3.99), int(-3.99))
print(1 << 70, (1 << 70) >> 69, ~5, 5 & 3, 5 | 3, 5 ^ 3, abs(-10 ** 30))
print(0.1 + 0.2, 1e308 * 10, -1e308 * 10, float("nan") == float("nan"), round(2.5), round(3.14159, 2))
print(float("inf") > 10 ** 400, 10 ** 400 > 1e308, 3 == 3.0, hash(1) == hash(1.0), 1e16 + 1)
print(pow(3, 100, 7), pow(2, -1, 7) if False else 0, max(1, 2.5), min([3, 1, 2]), sum([0.1] * 10))
print(int(1e20), float(2 ** 60), 2 ** 0.5, (-8) ** (1 / 3) if False else 0, True + True)
import math
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.pi, math.isnan(math.nan))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print(e)
