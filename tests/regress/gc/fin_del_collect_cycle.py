# A __del__ that calls gc.collect() while the collector is finalizing a cycle must not break the collection.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []

class Collector:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        gc.collect()
        log.append(self.name)

nodes = [Collector(n) for n in "abcd"]
for i in range(4):
    nodes[i].next = nodes[(i + 1) % 4]
refs = [weakref.ref(n) for n in nodes]
del nodes
gc.collect()
print(sorted(log))
print([r() for r in refs])

# A refcount-freed object whose __del__ collects reclaims pending cyclic garbage too.
log.clear()

class Loop:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        log.append(self.name)

Loop("pending loop")
c = Collector("trigger")
del c
print(log)
gc.collect()
print(log)
