# Weak reference callbacks of cyclic garbage run newest first too, object after object.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref

calls = []

class Obj:
    pass

gc.disable()
o = Obj()
o.me = o
refs = [weakref.ref(o, lambda ref, i=i: calls.append(i)) for i in range(4)]
del o
gc.collect()
print(calls)

calls.clear()
f = lambda: 0
f.me = f
refs = [weakref.ref(f, lambda ref, i=i: calls.append(("f", i))) for i in range(3)]
del f
gc.collect()
print(calls)
gc.enable()
