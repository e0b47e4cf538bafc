# Re-entrancy inside a collection: a __del__ run by the collector calls
# gc.collect() and creates a new cycle; both work, and the new cycle is
# found by a later collection.
# skip-backend: none: reference counting only: the collector never runs a __del__ of a cycle
import gc
import weakref

class Tag:
    pass

results = []
later = []

class CollectsInDel:
    def __del__(self):
        results.append(("__del__", type(gc.collect()).__name__))
        t = Tag()
        t.me = t
        later.append(weakref.ref(t))

gc.collect()
gc.disable()
c = CollectsInDel()
c.me = c
del c
gc.collect()
print("from a __del__ run by the collector:", results)
gc.collect()
print("cycle made inside __del__ collected later:", [r() is None for r in later])

# A callback that collects while a collection triggered by a __del__ is
# running: nothing breaks, the program goes on.
def collecting_callback(phase, info):
    if phase == "start":
        gc.collect(0)
gc.callbacks.append(collecting_callback)
c = CollectsInDel()
c.me = c
del c
gc.collect()
gc.callbacks.remove(collecting_callback)
print("with a collecting callback too:", len(results))
gc.enable()
print("done")
