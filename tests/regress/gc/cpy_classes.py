# After CPython's test_gc.py test_class, test_newstyleclass, test_instance
# and test_newinstance: classes and instances (including a class deriving
# from list and a plain class) in cycles are reclaimed by gc.collect().
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

gc.collect()
gc.disable()

def class_self_attr():
    class A:
        pass
    A.a = A
    return weakref.ref(A)

def plain_class():
    class A(object):
        pass
    return weakref.ref(A)

def instance_cycle():
    class A:
        pass
    a = A()
    a.a = a
    return weakref.ref(a)

ref = class_self_attr()
gc.collect()
print("class with self attribute freed:", ref() is None)
ref = plain_class()
gc.collect()
print("plain class freed:", ref() is None)
ref = instance_cycle()
gc.collect()
print("instance cycle freed:", ref() is None)

# test_newinstance: a subclass of list mixed with a plain class.
class A(object):
    pass
class B(list):
    pass
class C(B, A):
    pass
c = C()
c.a = c
c.append(c)
ref = weakref.ref(c)
del c
gc.collect()
print("list-subclass instance cycle freed:", ref() is None)
rb, rc = weakref.ref(B), weakref.ref(C)
del B, C
gc.collect()
print("subclasses freed:", rb() is None, rc() is None)
A.a = A()
ra = weakref.ref(A)
del A
gc.collect()
print("class holding its instance freed:", ra() is None)
gc.enable()
