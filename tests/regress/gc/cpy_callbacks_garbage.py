# After CPython's test_gc.py GCCallbackTests.test_collect_garbage: the
# "stop" info reports the trash a collection found; trash made of plain
# self-loops is collected, none of it is uncollectable.
# skip-backend: none: reference counting only: cycles are never collected
import gc

class C1055820:
    def __init__(self, i):
        self.i = i
        self.loop = self

stops = []
def cb(phase, info):
    if phase == "stop":
        stops.append(dict(info))

gc.collect()
gc.disable()
gc.callbacks.append(cb)
C1055820(666)
C1055820(667)
gc.collect()
info = stops[-1]
print("collected:", info["collected"] > 0, "uncollectable:", info["uncollectable"])
print("gc.garbage:", gc.garbage)
gc.callbacks.remove(cb)
gc.enable()
