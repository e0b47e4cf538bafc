# weakref.finalize on objects that only the cycle collector frees.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref

class Node:
    pass

a = Node()
b = Node()
a.other = b
b.other = a
fa = weakref.finalize(a, print, 'a finalized')
del a, b
print('before collect', fa.alive)
gc.collect()
print('after collect', fa.alive)

# the finalizer's arguments may be part of the cycle's world, not the referent
log = []
n = Node()
n.me = n
f = weakref.finalize(n, log.append, 'n finalized')
del n
gc.collect()
print(log, f.alive, f(), f.peek())
