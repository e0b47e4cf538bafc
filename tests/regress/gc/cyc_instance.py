# Cycles through instances and their __dict__: a self-loop, a pair, a
# three-ring, and an instance storing its own __dict__.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name

gc.collect()

a = Node("a")
a.me = a
ref = weakref.ref(a)
del a
print("self-loop alive before collect:", ref() is not None)
gc.collect()
print("self-loop alive after collect:", ref() is not None)

a = Node("a")
b = Node("b")
a.other = b
b.other = a
refs = [weakref.ref(a), weakref.ref(b)]
del a, b
gc.collect()
print("pair alive after collect:", [r() is not None for r in refs])

x, y, z = Node("x"), Node("y"), Node("z")
x.next, y.next, z.next = y, z, x
refs = [weakref.ref(x), weakref.ref(y), weakref.ref(z)]
del x, y, z
gc.collect()
print("ring alive after collect:", [r() is not None for r in refs])

# obj.__dict__ -> (the dict holds) obj.d -> obj.__dict__ ; and the dict
# reaches the object through a value.
a = Node("dict-holder")
a.d = a.__dict__
a.d["back"] = a
ref = weakref.ref(a)
del a
gc.collect()
print("__dict__ cycle alive after collect:", ref() is not None)

# vars() gives the same dict.
a = Node("vars")
vars(a)["self"] = a
ref = weakref.ref(a)
del a
gc.collect()
print("vars cycle alive after collect:", ref() is not None)

# Only the unreachable part of a structure goes away.
keep = Node("keep")
drop = Node("drop")
keep.child = Node("child")
keep.child.parent = keep
drop.me = drop
rk = weakref.ref(keep.child)
rd = weakref.ref(drop)
del drop
gc.collect()
print("reachable child kept:", rk() is not None, rk().parent.name)
print("unreachable dropped:", rd() is None)
