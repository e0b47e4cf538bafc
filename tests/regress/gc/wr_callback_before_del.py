# In a cycle collection, callbacks of live weakrefs to the garbage run before the garbage's finalizers.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
events = []

class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        events.append("del " + self.name)

n = Node("n")
r = weakref.ref(n, lambda ref: events.append("callback, referent " + str(ref())))
del n
gc.collect()
print(events)

# By reference counting the order is the other way round: __del__ first, then the callback.
events.clear()
class Leaf:
    def __del__(self):
        events.append("del leaf")
leaf = Leaf()
r = weakref.ref(leaf, lambda ref: events.append("callback leaf"))
del leaf
print(events)
