# Follows CPython test_weakref.py test_multiple_callbacks, test_multiple_selfref_callbacks, test_callbacks_protected.
import gc, weakref
count = [0]

class C:
    pass

def callback(ref):
    count[0] += 1

o = C()
ref1 = weakref.ref(o, callback)
ref2 = weakref.ref(o, callback)
del o
gc.collect()
print(ref1(), ref2(), count[0])

# All references are dead before any callback runs.
seen = []
def selfref_callback(obj):
    seen.append(holder.ref())
class Holder:
    pass
holder = Holder()
c = C()
holder.ref = weakref.ref(c, selfref_callback)
ref1 = weakref.ref(c, selfref_callback)
del c
print(seen)

# A callback that runs while an exception propagates leaves that exception alone.
class BogusError(Exception):
    pass
data = {}
def remove(k):
    del data[k]
def encapsulate():
    f = lambda: ()
    data[weakref.ref(f, remove)] = None
    raise BogusError
for attempt in range(2):
    try:
        encapsulate()
    except BogusError:
        print("BogusError restored", attempt)
    print("entries left once the handler is done:", len(data))
