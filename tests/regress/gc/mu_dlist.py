# Doubly linked list: prev/next pointers make cycles.
# skip-backend: none: reference counting only: cycles are never collected
import gc
class Link:
    alive = 0
    def __init__(self, v):
        self.v = v; self.prev = None; self.next = None
        Link.alive += 1
    def __del__(self):
        Link.alive -= 1
class DList:
    def __init__(self):
        self.head = self.tail = None
    def append(self, v):
        l = Link(v)
        if self.tail is None:
            self.head = self.tail = l
        else:
            l.prev = self.tail; self.tail.next = l; self.tail = l
    def remove(self, l):
        if l.prev: l.prev.next = l.next
        else: self.head = l.next
        if l.next: l.next.prev = l.prev
        else: self.tail = l.prev
        l.prev = l.next = None
    def __iter__(self):
        l = self.head
        while l:
            yield l.v
            l = l.next
d = DList()
for i in range(1000):
    d.append(i)
print(Link.alive, sum(d))
l = d.head
while l:
    nxt = l.next
    if l.v % 2:
        d.remove(l)
    l = nxt
del l, nxt
print('after unlinking odd ones', Link.alive, sum(d))
del d
print('list dropped', Link.alive)
gc.collect()
print('collected', Link.alive)
