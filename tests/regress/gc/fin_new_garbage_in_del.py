# Finalizers that create new cyclic garbage while the collector runs: later collections reclaim it all.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []

class Spawner:
    def __init__(self, depth):
        self.depth = depth
        self.me = self
    def __del__(self):
        log.append(self.depth)
        if self.depth < 3:
            Spawner(self.depth + 1)
            Spawner(self.depth + 1)

Spawner(0)
for i in range(8):
    gc.collect()
print(sorted(log))

# A finalizer that builds a big temporary structure and drops it.
log.clear()
class Builder:
    def __init__(self):
        self.me = self
    def __del__(self):
        tmp = [[i, {"k": i}] for i in range(2000)]
        log.append(len(tmp))
for i in range(5):
    Builder()
gc.collect()
gc.collect()
print(log)
