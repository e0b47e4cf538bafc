# gc.collect() returns how many unreachable objects it found, counted as
# python3 3.11 counts them: a plain instance and its attributes are one
# object (3.11 makes an instance's __dict__ only on demand).
# skip-backend: none: reference counting only: cycles are never collected
# skip-backend: boehm: libgc counts every container it did not reach, instance dicts included (docs/boehm.md)
import gc
gc.disable()
gc.collect()

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

def make_ring(n):
    nodes = [Node(i) for i in range(n)]
    for i in range(n):
        nodes[i].next = nodes[(i + 1) % n]

make_ring(10)
print("ring of 10:", gc.collect())

class Tree:
    def __init__(self, parent=None):
        self.parent = parent
        self.kids = []
        if parent:
            parent.kids.append(self)

root = Tree()
Tree(root)
Tree(root)
del root
print("tree of 3:", gc.collect())

def make_closure_cycle():
    items = []
    def get():
        return items
    items.append(get)

make_closure_cycle()
print("closure:", gc.collect())

class Slotted:
    __slots__ = ("other",)

s = Slotted()
s.other = s
del s
print("slots:", gc.collect())

class MyList(list):
    pass

l = MyList()
l.append(l)
del l
print("list subclass:", gc.collect())

class MyError(Exception):
    pass

e = MyError()
e.me = e
del e
print("exception:", gc.collect())

d = {}
d["self"] = d
del d
print("dict:", gc.collect())

t = ([],)
t[0].append(t)
del t
print("tuple and list:", gc.collect())
print("nothing left:", gc.collect())
