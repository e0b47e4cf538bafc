# Follows CPython test_weakref.py test_classes: classes can be weakly referenced and die by collection.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref

class A:
    pass

l = []
weakref.ref(int)
a = weakref.ref(A, l.append)
A = None
gc.collect()
print(a(), l == [a], len(l))

# A class with instances: it lives while an instance does.
class B:
    def method(self):
        return "m"

b = B()
rb = weakref.ref(B)
del B
gc.collect()
print(rb() is type(b), b.method())
del b
gc.collect()
print(rb())
print(weakref.ref(int)() is int)
