# Thousands of small cycles with finalizers, under automatic collection: each finalizer runs once.
# skip-backend: none: reference counting only: cycles are never collected
import gc
counts = {}

class Node:
    def __init__(self, key):
        self.key = key
    def __del__(self):
        counts[self.key] = counts.get(self.key, 0) + 1

for i in range(1500):
    a, b, c = Node(3 * i), Node(3 * i + 1), Node(3 * i + 2)
    a.n, b.n, c.n = b, c, a
del a, b, c
gc.collect()
gc.collect()
print(len(counts), sorted(set(counts.values())))
print(min(counts), max(counts))
