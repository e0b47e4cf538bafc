# Resurrecting one member of a garbage cycle keeps everything it reaches alive and intact.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []
saved = []

class Node:
    def __init__(self, name, keep=False):
        self.name = name
        self.keep = keep
        self.data = {"name": name, "items": [name] * 2}
    def __del__(self):
        log.append(self.name)
        if self.keep:
            saved.append(self)

a, b, c = Node("a"), Node("b", keep=True), Node("c")
a.next, b.next, c.next = b, c, a
refs = [weakref.ref(x) for x in (a, b, c)]
del a, b, c
gc.collect()
print("finalized:", sorted(log))
print("weakrefs:", [r() for r in refs])
b = saved[0]
print("chain:", b.name, b.next.name, b.next.next.name, b.next.next.next is b)
print("data:", b.next.next.data, b.next.data["items"])
print("all finalized:", [gc.is_finalized(x) for x in (b, b.next, b.next.next)])

# Dying a second time: no finalizer runs again, and the cycle is reclaimed.
later = weakref.ref(b.next)
del b
saved.clear()
gc.collect()
print("after second death:", sorted(log), later())
