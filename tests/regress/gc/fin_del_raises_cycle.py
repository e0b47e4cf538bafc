# Finalizers that raise during gc.collect() are reported and ignored; the cycle is still reclaimed.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []

class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
        raise ValueError("broken finalizer " + self.name)

nodes = [Bad(n) for n in "xyz"]
for i in range(3):
    nodes[i].next = nodes[(i + 1) % 3]
refs = [weakref.ref(n) for n in nodes]
del nodes
gc.collect()
print("gc.collect returned normally")
print(sorted(log))
print([r() for r in refs])
gc.collect()
print("once each:", sorted(log))
