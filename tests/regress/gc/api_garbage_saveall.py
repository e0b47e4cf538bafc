# gc.garbage is a list, empty by default; with gc.DEBUG_SAVEALL the
# collector puts the objects of unreachable cycles there instead of freeing
# them; without it they are freed.
# skip-backend: none: reference counting only: no cycle is ever found, so nothing reaches gc.garbage
# skip-backend: boehm: libgc reclaims garbage without asking the runtime, so DEBUG_SAVEALL cannot keep it in gc.garbage
import gc
import weakref

class Tag:
    pass

gc.collect()
print("garbage:", type(gc.garbage).__name__, gc.garbage)

gc.disable()
old = gc.get_debug()
gc.set_debug(old | gc.DEBUG_SAVEALL)
lst = []
lst.append(lst)
del lst
gc.collect()
print("saved objects:", len(gc.garbage))
saved = gc.garbage.pop()
print("saved list is the cycle:", type(saved).__name__, saved[0] is saved)
saved = None

t = Tag()
t.me = t
del t
gc.collect()
kept = [o for o in gc.garbage if type(o) is Tag]
print("instance kept in garbage:", len(kept), kept[0].me is kept[0])
ref = weakref.ref(kept[0])
kept = None

# Garbage freed by reference counting never reaches gc.garbage.
plain = Tag()
plain_ref = weakref.ref(plain)
del plain
print("acyclic object freed at once:", plain_ref() is None)

gc.set_debug(old)
print("debug restored:", gc.get_debug() == old)
del gc.garbage[:]
gc.collect()
print("freed once garbage is cleared:", ref() is None)

lst = []
lst.append(lst)
del lst
gc.collect()
print("without SAVEALL nothing is saved:", gc.garbage)
gc.enable()
