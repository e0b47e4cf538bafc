# Cycles through the instance __dict__ of str, tuple, int and float subclass
# instances are collected (for str and tuple the dict sits after the items).
# skip-backend: none: reference counting only: cycles are never collected
import gc

freed = []

class Tracker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        freed.append(self.name)

class S(str):
    pass

class T(tuple):
    pass

class I(int):
    pass

class F(float):
    pass

for cls, arg in [(S, 'cyc'), (S, 'x' * 1000), (T, (1, 2, 3)), (T, ()), (I, 7), (F, 1.0)]:
    o = cls(arg)
    o.me = o
    o.t = Tracker(cls.__name__ + '-cycle-' + str(len(str(arg))))
    del o
gc.collect()
print(sorted(freed))
freed.clear()

# a tuple subclass whose items and dict both close cycles
a = T(([],))
a[0].append(a)
a.peer = T((a,))
a.peer.back = a
a.t = Tracker('items-and-dict')
del a
gc.collect()
print(freed)

class Node(str):
    def __del__(self):
        freed.append(str(self))

ring = [Node('n%d' % k) for k in range(5)]
for k, n in enumerate(ring):
    n.next = ring[(k + 1) % 5]
freed.clear()
del ring, n
gc.collect()
print(sorted(freed))
