# abort: "ouro: out of memory in big-integer arithmetic" — mod_math.c math.factorial has no result-size check, so GMP's allocation fails and runtime.c gmp_alloc aborts (same root as 004)
import math
math.factorial(10 ** 10)
