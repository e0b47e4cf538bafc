# Float comparisons, min/max/sorted with mixed numbers, conversion to int.
import math
vals = [3, 2.5, -1, 0.0, 1e-9, -0.0, 7, 2.5000001]
print(sorted(vals), max(vals), min(vals))
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 < 0.30000000000000005, 1e-320 > 0, 5e-324 / 2)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=1e-2))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(int(3.999), int(-3.999), int(1e15 + 0.5), math.floor(-0.5), math.ceil(-0.5))
print(float(7) == 7, 7.0 in [7], [1, 2.0] == [1.0, 2], {1.0: "x"}[1])
print(abs(-2.5), abs(2.5 - 5), -(-2.5), +2.5)
print(1.0 < 2 < 2.5 < 3, 2 ** 0.5 * 2 ** 0.5 == 2, math.sqrt(2) ** 2)
steps = []
x = 0.0
while x < 1.0:
    steps.append(round(x, 1))
    x += 0.1
print(steps, len(steps))
print(float.__name__, type(1e0).__name__, isinstance(1.0, float), isinstance(1, float))
