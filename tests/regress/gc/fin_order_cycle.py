# The __del__ methods of a garbage cycle run in the order the objects were
# made, as in python3, whatever the shape of the cycle.
# skip-backend: none: reference counting only: cycles are never collected
import gc
gc.disable()

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent:
            parent.children.append(self)
    def __del__(self):
        print("del", self.name)

# A tree with parent links.
root = Node("root")
for i in range(3):
    child = Node("child %d" % i, root)
    Node("leaf %d" % i, child)
del root, child
gc.collect()
print("--")

# A ring linked backwards: each node points to the one made before it.
first = Node("ring 0")
prev = first
for i in range(1, 6):
    prev = Node("ring %d" % i, prev)
first.parent = prev
del first, prev
gc.collect()
print("--")

# A doubly linked list built by prepending.
class Cell:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
        self.prev = None
        if nxt:
            nxt.prev = self
    def __del__(self):
        print("cell", self.value)

head = None
for v in "abcde":
    head = Cell(v, head)
del head
gc.collect()
print("done")
