# Re-entrancy: gc.collect() called from inside a gc.callbacks callback and
# from inside a __del__ run by reference counting works and returns an int;
# the program carries on normally.  (api_reentrant_cycle.py: a __del__ run by
# the collector.)
import gc

results = []

def collecting_callback(phase, info):
    if phase == "stop":
        results.append(("callback", type(gc.collect()).__name__))

gc.disable()
gc.callbacks.append(collecting_callback)
gc.collect()
gc.callbacks.remove(collecting_callback)
print(results)

class CollectsInDel:
    def __del__(self):
        results.append(("__del__", type(gc.collect()).__name__))

results.clear()
c = CollectsInDel()
del c
print(results)

gc.enable()
print("done")
