# Automatic collection: with the collector enabled and gc.collect() never
# called, creating cycles in a loop triggers collections that reclaim the
# early cycles before the loop ends.
# skip-backend: none: reference counting only: cycles are never collected
import gc

class Node:
    pass

class Detector:
    """A self-loop whose finalizer records that a collection happened."""
    fired = False
    def __init__(self):
        self.me = self
    def __del__(self):
        Detector.fired = True

print("enabled:", gc.isenabled())
Detector()
first_seen_at = None
for i in range(200000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
    a.payload = [i] * 10
    if Detector.fired and first_seen_at is None:
        first_seen_at = i
        break
print("automatic collection happened inside the loop:", first_seen_at is not None)

# Many weak references to cycles: the early ones die while the loop runs.
import weakref
refs = []
for i in range(50000):
    n = Node()
    n.me = n
    n.data = [i, i + 1]
    if i % 1000 == 0:
        refs.append(weakref.ref(n))
n = None
print("early cycles reclaimed before the loop ended:", refs[0]() is None)
print("some tracked cycles reclaimed:", sum(r() is None for r in refs) > 0)
