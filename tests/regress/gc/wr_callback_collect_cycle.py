# A weakref callback that calls gc.collect() while the collector handles a cycle must not break the collection.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("del " + self.name)

def collecting(ref):
    gc.collect()
    log.append("callback")

nodes = [Node(n) for n in "abc"]
for i in range(3):
    nodes[i].next = nodes[(i + 1) % 3]
refs = [weakref.ref(n, collecting) for n in nodes]
del nodes
gc.collect()
print(sorted(log))
print([r() for r in refs])

# The callback creates new cyclic garbage and collects; later collections reclaim it.
log.clear()
def spawning(ref):
    n = Node("spawned")
    n.me = n
    del n
    gc.collect()
    log.append("spawning callback")

m = Node("m")
m.me = m
r = weakref.ref(m, spawning)
del m
gc.collect()
gc.collect()
print(sorted(log))
