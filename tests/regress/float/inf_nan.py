# Infinity and NaN: creation, arithmetic, comparison, formatting.
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf), float("-nan"), float("INF"), float("Infinity"))
print(inf + 1, inf * 2, -inf * -1, inf - inf, inf * 0, inf / inf, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan == 0, 1 < inf, max(1, inf), min(-inf, 0))
print(math.isinf(inf), math.isnan(nan), math.isinf(nan), math.isnan(inf), math.isfinite(1.0), math.isfinite(inf))
print(math.inf == inf, math.inf, -math.inf, math.nan)
print(f"{inf:.2f} {-inf:e} {nan:g} {inf:>8}|{nan:<5}|", "%f %e" % (inf, -inf))
print(round(2.5) if True else 0, int(1e18), [inf, nan, -inf])
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
print(sorted([3.0, inf, -inf, 0.0]), inf in [inf], nan in [nan], nan in [float("nan")])
