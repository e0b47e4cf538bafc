# A closure that refers to itself through an object forms a cycle the collector frees.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
class Obj:
    def __del__(self): print('Obj del')
def make():
    o = Obj()
    def inner():
        return o, inner
    o.fn = inner
    return weakref.ref(o)
wr = make()
print('alive', wr() is not None)
gc.collect()
print('after collect', wr())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
