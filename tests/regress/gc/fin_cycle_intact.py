# PEP 442: while the finalizers of a garbage cycle run, no member has been cleared yet.
# skip-backend: none: reference counting only: cycles are never collected
import gc
gc.disable()
seen = []

class Node:
    def __init__(self, name):
        self.name = name
        self.items = [1, 2, 3]
        self.info = {"name": name}
    def __del__(self):
        other = self.other
        seen.append((self.name, other.name, other.info["name"], len(other.items), self.info["name"]))

a, b, c = Node("a"), Node("b"), Node("c")
a.other, b.other, c.other = b, c, a
del a, b, c
gc.collect()
for entry in sorted(seen):
    print(entry)

# A cycle where only one member has __del__: the others are intact when it runs.
seen.clear()

class Plain:
    pass

class Watcher:
    def __del__(self):
        seen.append(("watcher", self.plain.payload, self.plain.back is self))

w = Watcher()
w.plain = Plain()
w.plain.payload = [10, 20]
w.plain.back = w
del w
gc.collect()
print(seen)
