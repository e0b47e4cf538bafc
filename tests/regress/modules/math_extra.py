# Less common math functions: integer helpers and float decomposition.
import math
print(math.tau, math.isqrt(17), math.isqrt(10 ** 30), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(5, 2), math.comb(52, 5), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.copysign(1, -0.0), math.copysign(3, -1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.modf(3.5), math.modf(-2.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.dist((0, 0), (3, 4)), math.exp(-1), math.expm1(1e-10), math.log1p(1e-10))
print(math.sinh(1), math.cosh(0), math.tanh(0.5), math.erf(0) if hasattr(math, "erf") else 0.0)
