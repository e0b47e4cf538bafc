# Finalizers of objects in a reference cycle run when the collector finds them.
# skip-backend: none: cycles are never reclaimed without a cycle collector, so these finalizers never run
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("finalizing", self.name)

gc.collect()
a = Node("self-loop")
a.other = a
del a
print("cycle unreachable, not freed by counting")
gc.collect()
print("after collect")

b = Node("acyclic")
b.other = [1, 2, 3]
del b
print("freed at once")

holder = [Node("in list")]
holder.append(holder)
del holder
gc.collect()
print("done")
