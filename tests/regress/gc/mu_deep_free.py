# Freeing 200000-deep lists, instance chains and dicts without a stack overflow.
l = []
for i in range(200000):
    l = [l]
del l
print('deep list freed')
class N:
    def __init__(self, nxt): self.nxt = nxt
n = None
for i in range(200000):
    n = N(n)
del n
print('deep chain freed')
d = {}
for i in range(100000):
    d = {'d': d}
del d
print('deep dict freed')
