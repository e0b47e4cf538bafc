# Each generation level reclaims a fresh cycle: collect(0), collect(1) and
# collect(2) all examine the youngest objects, and a full collection finds
# a cycle whatever generation it was promoted to.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Tag:
    pass

def fresh_cycle():
    t = Tag()
    t.me = t
    return weakref.ref(t)

gc.collect()
gc.disable()                         # only the explicit collections below run
for gen in (0, 1, 2):
    ref = fresh_cycle()
    gc.collect(gen)
    print("fresh cycle after collect(%d) alive:" % gen, ref() is not None)

# A cycle that survived collections while reachable (so it was promoted to
# an older generation) is found by a full collection once it is dropped.
keep = Tag()
keep.me = keep
ref = weakref.ref(keep)
gc.collect(0)
gc.collect(1)
print("reachable survives:", ref() is keep)
del keep
gc.collect()
print("promoted cycle alive after full collect:", ref() is not None)
gc.enable()
