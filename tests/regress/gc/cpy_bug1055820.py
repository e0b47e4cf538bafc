# After CPython's test_gc.py test_bug1055820b, c and d: weak-reference
# callbacks and __del__ methods that run while cyclic trash is being
# collected may look at other trash through weak references; they must see
# None (the weakrefs are cleared first), never a half-cleared object.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class C1055820:
    def __init__(self, i):
        self.i = i
        self.loop = self

class GCDetector:
    """gc_happened turns true once a collection has reclaimed some trash."""
    def __init__(self):
        self.gc_happened = False
        def it_happened(ignored):
            self.gc_happened = True
        self.wr = weakref.ref(C1055820(666), it_happened)

def wait_for_collection():
    # Let collection happen "naturally", by allocating, not by gc.collect().
    detector = GCDetector()
    junk = []
    i = 0
    while not detector.gc_happened:
        i += 1
        if i > 100000:
            return False
        junk.append([])
    return True

# 1055820b: callbacks on the weakrefs of two trash instances.
gc.collect()
ouch = []
def callback(ignored):
    ouch[:] = [wr() for wr in WRs]
Cs = [C1055820(i) for i in range(2)]
WRs = [weakref.ref(c, callback) for c in Cs]
c = None
gc.collect()
print("b: callbacks before trash:", len(ouch))
Cs = None
gc.collect()
print("b: callbacks ran, saw:", ouch)

# 1055820c: a weakref callback on an old object sees young trash.
gc.enable()
c0 = C1055820(0)
gc.collect()
c1 = C1055820(1)
c1.keep_c0_alive = c0
del c0.loop
c2 = C1055820(2)
c2wr = weakref.ref(c2)
ouch = []
def callback2(ignored):
    ouch[:] = [c2wr()]
c0wr = weakref.ref(c0, callback2)
c0 = c1 = c2 = None
print("c: collection happened:", wait_for_collection())
print("c: callback saw:", ouch)

# 1055820d: the same with a __del__ in place of the callback.
ouch = []
class D(C1055820):
    def __del__(self):
        ouch[:] = [c2wr()]
d0 = D(0)
gc.collect()
c1 = C1055820(1)
c1.keep_d0_alive = d0
del d0.loop
c2 = C1055820(2)
c2wr = weakref.ref(c2)
d0 = c1 = c2 = None
print("d: collection happened:", wait_for_collection())
print("d: __del__ saw:", ouch)
