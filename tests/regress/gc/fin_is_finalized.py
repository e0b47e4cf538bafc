# gc.is_finalized reports whether the runtime has run an object's __del__ (refcount path).
import gc
keep = []

class Phoenix:
    def __del__(self):
        keep.append(self)

class Plain:
    pass

p = Phoenix()
print("fresh:", gc.is_finalized(p))
del p
print("resurrected, finalized:", gc.is_finalized(keep[0]))
q = Plain()
print("no __del__:", gc.is_finalized(q))
print("builtins:", gc.is_finalized(1), gc.is_finalized([]), gc.is_finalized("s"), gc.is_finalized(None))
keep.clear()
print("cleared", len(keep))
try:
    gc.is_finalized()
except TypeError:
    print("TypeError without argument")
