# round(): half-to-even, ndigits positive and negative, floats that are not exact.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.49999999999999994, 1e16 + 1.0, 2.675):
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1), round(3.14159, 10))
print(round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -4), round(5678.9, -4))
print(round(0.125, 2), round(0.375, 2), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))
print(round(1e300, -300), round(123.456, 400), round(1.23456789e-5, 7))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2, 0)).__name__)
print([round(x / 8, 2) for x in range(9)])
amounts = [19.99, 5.01, 0.005, 100.0 / 3]
print([round(a, 2) for a in amounts], round(sum(amounts), 2))
print(int(2.9), int(-2.9), int(1e10), float(int(7.999999)))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.0000001))
print(round(-0.0), round(-0.4), round(0.6), round(-0.6), round(1e-300, 5))
print([round(2.5 + k) for k in range(-3, 4)])
print([round(k / 10, 0) for k in range(-15, 16, 5)])
