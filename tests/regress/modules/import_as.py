# import ... as ... for built-in and user modules.
import math as m
import sys as system
import mod_geometry as geo

print(m.sqrt(2) == m.sqrt(2.0), round(m.pi, 3), m.floor(3.7))
print(system.getrecursionlimit(), type(system.argv).__name__)
print(geo.UNIT, f"{geo.area(10):.1f}")
try:
    print(math.pi)
except NameError as e:
    print("NameError:", e)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError is an ImportError:", isinstance(e, ImportError), e.name)
