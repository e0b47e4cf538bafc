# bench: cycles
# Cyclic garbage made of class instances: trees with parent back-pointers,
# doubly linked rings, instances that reference themselves and instances
# holding their own bound methods, built and dropped round after round next
# to a live heap of instances (exercises the cycle collector; on the `none`
# build the cycles leak).
class Item:
    def __init__(self, i):
        self.i = i
        self.label = str(i)


class TreeNode:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def depth(self):
        d = 0
        p = self.parent
        while p is not None:
            d += 1
            p = p.parent
        return d


class Link:
    def __init__(self, value):
        self.value = value
        self.prev = self
        self.next = self

    def insert_after(self, other):
        other.prev = self
        other.next = self.next
        self.next.prev = other
        self.next = other


class Handler:
    def __init__(self, n):
        self.n = n
        self.callback = self.handle      # a bound method: self -> method -> self

    def handle(self, k):
        return self.n + k


live = [Item(i) for i in range(15000)]

checksum = 0
for rnd in range(18):
    root = TreeNode(0)
    nodes = [root]
    for i in range(1, 3000):
        nodes.append(TreeNode(i, nodes[(i * 7 + rnd) % len(nodes)]))
    for n in nodes[::40]:
        checksum += n.depth()
    ring = Link(0)
    for k in range(1, 3000):
        ring.insert_after(Link(k))
    walk = ring.next
    steps = 0
    while walk is not ring:
        steps += walk.value & 3
        walk = walk.next
    checksum += steps
    handlers = [Handler(k) for k in range(2000)]
    for h in handlers[::10]:
        checksum += h.callback(rnd)
    for k in range(2000):
        s = Item(k)
        s.me = s                         # one-object cycles
    checksum += len(root.children) + live[rnd * 1000 % len(live)].i
    root = None
    nodes = None
    ring = None
    walk = None
    handlers = None
    s = None
print("checksum", checksum, len(live))
