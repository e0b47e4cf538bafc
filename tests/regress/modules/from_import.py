# from-imports: selected names, aliases, and copies of module globals.
from mod_geometry import area, PI as pi_value, UNIT
from mod_counter import bump, count
import mod_counter

print(f"{area(1):.3f}", pi_value == 3.141592653589793, UNIT)
print(bump(), bump(5))
# `count` was copied at import time; the module's own global has moved on
print(count, mod_counter.count, mod_counter.history)
from mod_counter import count
print(count)
from math import sqrt, floor as fl
print(sqrt(16), fl(-2.5))
try:
    from mod_geometry import not_there
except ImportError as e:
    print(type(e).__name__)
