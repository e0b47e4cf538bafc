# Cycles through sets and frozensets: sets hold hashable values, so the cycle
# closes through an instance member (obj.s = {obj}).
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Node:
    pass

gc.collect()

node = Node()
node.s = {node}
ref = weakref.ref(node)
del node
print("set member cycle alive before collect:", ref() is not None)
gc.collect()
print("set member cycle alive after collect:", ref() is not None)

node = Node()
node.fs = frozenset([node, 1, "x"])
ref = weakref.ref(node)
del node
print("frozenset cycle alive before collect:", ref() is not None)
gc.collect()
print("frozenset cycle alive after collect:", ref() is not None)

# Two instances, each inside a set owned by the other.
a = Node()
b = Node()
a.peers = {b}
b.peers = {a}
ra = weakref.ref(a)
rb = weakref.ref(b)
del a, b
gc.collect()
print("set pair alive after collect:", ra() is not None, rb() is not None)

# A set that grew and shrank still reports its members to the collector.
node = Node()
s = set(range(100))
s.add(node)
for i in range(100):
    s.discard(i)
node.s = s
ref = weakref.ref(node)
del node, s
gc.collect()
print("resized set cycle alive after collect:", ref() is not None)
