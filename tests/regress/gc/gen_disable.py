# gc.disable() stops automatic collection: cycles made while it is off
# survive however many are made, until gc.enable() and a collection.
# gc.collect() still works while automatic collection is disabled.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Node:
    pass

print("initially enabled:", gc.isenabled())
gc.collect()
gc.disable()
print("after disable:", gc.isenabled())
gc.disable()
print("disable twice:", gc.isenabled())

refs = []
for i in range(20000):
    n = Node()
    n.me = n
    n.data = [i]
    if i % 100 == 0:
        refs.append(weakref.ref(n))
n = None
print("cycles alive while disabled:", sum(r() is not None for r in refs), "of", len(refs))

gc.enable()
print("after enable:", gc.isenabled())
gc.enable()
print("enable twice:", gc.isenabled())
gc.collect()
print("cycles alive after enable+collect:", sum(r() is not None for r in refs))

# An explicit collect while disabled still reclaims cycles.
gc.disable()
n = Node()
n.me = n
ref = weakref.ref(n)
del n
gc.collect()
print("explicit collect while disabled reclaims:", ref() is None)
print("isenabled after that collect:", gc.isenabled())
gc.enable()

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("enable(1):", lambda: gc.enable(1))
attempt("disable(1):", lambda: gc.disable(1))
attempt("isenabled(1):", lambda: gc.isenabled(1))
