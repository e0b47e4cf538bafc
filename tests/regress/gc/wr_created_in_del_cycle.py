# A weak reference created by a finalizer during a cycle collection: it dies when the cycle is freed.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []
made = []

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        made.append(weakref.ref(self, lambda r: log.append("late callback")))
        log.append("del " + self.name)

a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
gc.collect()
print(sorted(log))
print([r() for r in made])
gc.collect()
print(sorted(log))
