# An object that refers to itself is finalized once by gc.collect() and then freed.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []

class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        log.append(self.name)

n = Node("loop")
wr = weakref.ref(n)
del n
print("after del:", log, wr() is not None)
gc.collect()
print("after collect:", log, wr())
gc.collect()
print("after second collect:", log)

# A self-loop through a container held by the object.
n = Node("via list")
n.items = [n]
wr = weakref.ref(n)
del n
gc.collect()
print(log, wr())

# With automatic collection enabled, many dropped loops are all finalized.
gc.enable()
for i in range(3000):
    Node("auto")
gc.collect()
print(log.count("auto"))
