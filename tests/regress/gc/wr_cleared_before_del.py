# The collector clears weak references to cyclic garbage before any finalizer runs.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
seen = []
cache = weakref.WeakValueDictionary()

class Node:
    def __init__(self, name):
        self.name = name
        self.selfref = weakref.ref(self)
        cache[name] = self
    def __del__(self):
        seen.append((self.name, self.selfref(), self.peerref(), self.name in cache, len(cache)))

a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
a.peerref, b.peerref = weakref.ref(b), weakref.ref(a)
outside = weakref.ref(a)
del a, b
gc.collect()
for entry in sorted(seen):
    print(entry)
print(outside(), len(cache))
