# A module body runs once; later imports reuse the same module object.
import mod_counter
import mod_counter
import mod_counter as again
from mod_counter import bump

print(again is mod_counter)
bump()
again.bump(10)
mod_counter.bump()
print(mod_counter.count, again.count, mod_counter.history)

def use_inside_function():
    import mod_counter
    return mod_counter.bump(100)
print(use_inside_function(), mod_counter.count)
import sys
print("mod_counter" in sys.modules, sys.modules["mod_counter"] is mod_counter)
