# Creating and destroying many small instances: classes without __init__,
# with positional and keyword __init__ arguments, subclasses, and lists of
# objects built, read and dropped.
class Empty:
    pass


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Tagged(Pair):
    def __init__(self, a, b, tag="t"):
        super().__init__(a, b)
        self.tag = tag


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


total = 0
for i in range(150000):
    e = Empty()
    e.v = i
    total += e.v
    p = Pair(i, i + 1)
    total += p.b - p.a
    t = Tagged(i, 2, tag="x")
    total += t.b + len(t.tag)

for rnd in range(45):
    objs = [Pair(k, rnd) for k in range(2000)]
    tags = [Tagged(k, k, tag="y") for k in range(0, 2000, 4)]
    total += sum(o.a for o in objs) + len(tags) + tags[-1].b
    head = None
    for k in range(2000):
        head = Node(k, head)      # a linked list, freed node by node as the walk below advances
    n = 0
    while head is not None:
        n += head.value
        head = head.next
    total += n
    objs = None
    tags = None
print("checksum", total)
