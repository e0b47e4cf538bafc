# 300000-node chain and 200000 self-cycles: finish quickly, free everything.
import gc
class Node:
    __slots__ = ('next', 'val')
    def __init__(self, val, next=None):
        self.val = val; self.next = next
head = None
for i in range(300000):
    head = Node(i, head)
n = 0
p = head
while p:
    n += 1; p = p.next
print(n)
del head, p
class C:
    def __init__(self): self.me = self
for i in range(200000):
    C()
gc.collect()
print('done', gc.collect())
