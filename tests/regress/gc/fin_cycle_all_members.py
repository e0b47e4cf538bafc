# Every member of a garbage cycle gets its __del__ run once, and the cycle is reclaimed.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __del__(self):
        log.append(self.name)

def ring(prefix, n):
    nodes = [Node("%s%d" % (prefix, i)) for i in range(n)]
    for i in range(n):
        nodes[i].next = nodes[(i + 1) % n]
    return nodes

nodes = ring("r", 6)
nodes[2].hanger = Node("hanging off the ring")   # not in the cycle, only reachable from it
refs = [weakref.ref(x) for x in nodes + [nodes[2].hanger]]
del nodes
print("before:", log)
gc.collect()
print("after:", sorted(log))
print("dead:", [r() for r in refs])

# Two cycles joined by a one-way link: both are garbage, all members finalized.
log.clear()
a = ring("a", 2)
b = ring("b", 3)
a[0].other = b[1]
refs = [weakref.ref(x) for x in a + b]
del a, b
gc.collect()
print(sorted(log))
print("alive:", sum(1 for r in refs if r() is not None))
gc.collect()
print("no second run:", len(log))
