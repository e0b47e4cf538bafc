# Many cycles where every other finalizer resurrects its object: survivors are exact and never finalized twice.
# skip-backend: none: reference counting only: cycles are never collected
import gc
gc.disable()
finalized = {}
survivors = []

class Node:
    def __init__(self, i):
        self.i = i
        self.me = self
        self.payload = [i]
    def __del__(self):
        finalized[self.i] = finalized.get(self.i, 0) + 1
        if self.i % 2 == 0:
            survivors.append(self)

for i in range(400):
    Node(i)
gc.collect()
print(len(finalized), sorted(set(finalized.values())))
print(len(survivors), sum(s.payload[0] for s in survivors), all(s.me is s for s in survivors))
survivors.clear()
gc.collect()
gc.collect()
print(len(finalized), sorted(set(finalized.values())), len(survivors))
