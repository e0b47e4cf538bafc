# The math module: constants and the most used functions.
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(10 ** 10), math.sqrt(2 ** 0.5))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(5))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, math.floor(1e20), math.ceil(-0.5))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 80, 2 ** 70 * 3), math.gcd(0, 0))
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.log(math.e), math.log(1), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.log(2), math.log(10 ** 100), math.log(0.5))
print(math.exp(0), math.exp(1), math.pow(2, 10), math.fabs(-3), math.hypot(3, 4))
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), round(math.sin(math.pi), 10), math.tan(0))
print(math.sin(1), math.cos(1), math.tan(1), math.sin(-0.5))
print(math.atan2(1, 1), math.atan(1) * 4, math.asin(1), math.acos(1))
print(math.degrees(math.pi), math.radians(180))
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(math.inf - math.inf))
angles = [0, 30, 45, 60, 90]
print([round(math.sin(math.radians(a)), 4) for a in angles])
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__)
