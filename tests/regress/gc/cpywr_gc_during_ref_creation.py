# Follows CPython test_weakref.py test_gc_during_ref_creation: collections triggered while weakrefs are being made.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
thresholds = gc.get_threshold()
gc.set_threshold(1, 1, 1)
gc.collect()
calls = []

class A:
    pass

def callback(*args):
    calls.append("callback")

referenced = A()
a = A()
a.a = a
a.wr = weakref.ref(referenced)
wa = weakref.ref(a)
try:
    # The old a, with its weakref, becomes cyclic trash while a new weakref is created.
    a = A()
    for i in range(50):
        weakref.ref(referenced, callback)
        weakref.ref(A(), callback)
finally:
    gc.set_threshold(*thresholds)
gc.collect()
print(gc.get_threshold() == thresholds)
print("old cycle freed:", wa() is None)
print("referenced alive:", weakref.ref(referenced)() is referenced)
print("callbacks:", len(calls))
