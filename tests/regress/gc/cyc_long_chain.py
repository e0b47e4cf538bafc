# Long cycles: a 100000-node ring of instances and a 100000-list ring are
# found and freed by one collection (no deep recursion in the collector).
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Link:
    pass

gc.collect()

N = 100000

def build_ring(n):
    first = Link()
    node = first
    for i in range(n - 1):
        node.next = Link()
        node = node.next
    node.next = first                # close the ring
    middle = first
    for i in range(n // 2):
        middle = middle.next
    return weakref.ref(first), weakref.ref(middle), weakref.ref(node)

refs = build_ring(N)
print("ring alive before collect:", [r() is not None for r in refs])
count = 1
node = refs[0]().next
while node is not refs[0]():
    count += 1
    node = node.next
print("ring length:", count)
node = None
gc.collect()
print("ring alive after collect:", [r() is not None for r in refs])

def build_list_ring(n):
    tag = Link()
    first = [tag]
    cur = first
    for i in range(n - 1):
        cur = [cur]
    first.append(cur)                # first -> last -> ... -> first
    return weakref.ref(tag)

ref = build_list_ring(N)
gc.collect()
print("nested-list ring alive after collect:", ref() is not None)

# A doubly linked ring: every node points both ways.
def build_double(n):
    head = Link()
    head.prev = head.next = head
    for i in range(n - 1):
        node = Link()
        node.prev = head.prev
        node.next = head
        head.prev.next = node
        head.prev = node
    return weakref.ref(head)

ref = build_double(N)
gc.collect()
print("doubly linked ring alive after collect:", ref() is not None)
