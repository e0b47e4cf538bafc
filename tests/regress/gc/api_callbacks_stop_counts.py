# The "stop" info of gc.callbacks reports what a collection found: a
# collection after dropping cycles reports something collected, and nothing
# uncollectable (finalizers never make a cycle uncollectable in python3).
# skip-backend: none: reference counting only: no collection ever finds a cycle
import gc

class Node:
    pass

class WithDel:
    def __del__(self):
        pass

stops = []
def record(phase, info):
    if phase == "stop":
        stops.append((info["collected"], info["uncollectable"]))

gc.collect()
gc.disable()
gc.callbacks.append(record)
for i in range(10):
    n = Node()
    n.me = n
    w = WithDel()
    w.me = w
n = w = None
gc.collect()
collected, uncollectable = stops[-1]
print("collected something:", collected > 0)
print("uncollectable:", uncollectable)
stops.clear()
gc.collect()
print("second collection finds nothing:", stops[-1])
gc.callbacks.remove(record)
gc.enable()
