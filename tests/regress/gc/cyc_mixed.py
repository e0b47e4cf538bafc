# One cycle through many kinds of container at once: list -> dict -> tuple
# -> instance -> set -> frozenset -> closure -> bound method -> list; and
# several overlapping cycles sharing members.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def show(self):
        return self.name

gc.collect()

def build_mixed():
    start = []
    node = Node("middle")
    d = {"t": (1, node)}
    start.append(d)
    node.s = {Node("in set")}
    inner = next(iter(node.s))
    inner.fs = frozenset([inner])
    def back():
        return start
    inner.back = back
    other = Node("last")
    other.ring = start
    inner.m = other.show
    print("path back to start:", inner.back() is start, inner.m())
    return [weakref.ref(node), weakref.ref(inner), weakref.ref(other)]

refs = build_mixed()
print("mixed cycle alive before collect:", [r() is not None for r in refs])
gc.collect()
print("mixed cycle alive after collect:", [r() is not None for r in refs])

# Overlapping cycles: a hub shared by three rings.
def build_hub():
    hub = Node("hub")
    refs = [weakref.ref(hub)]
    for i in range(3):
        a = Node("a%d" % i)
        b = Node("b%d" % i)
        a.next = b
        b.next = hub
        hub.__dict__["ring%d" % i] = a
        refs.append(weakref.ref(a))
    return refs

refs = build_hub()
gc.collect()
print("hub rings alive after collect:", sum(r() is not None for r in refs), "of", len(refs))

# Garbage cycle that points at live objects: live objects stay intact.
live = Node("live")
live.data = [1, 2, 3]
junk = Node("junk")
junk.me = junk
junk.keeps = live
junk.data = live.data
ref = weakref.ref(junk)
del junk
gc.collect()
print("junk gone, live intact:", ref() is None, live.name, live.data)
