# The __callback__ attribute: the callback while alive, None without one or after the referent died.
import weakref

class Obj:
    pass

def cb(ref):
    print("callback sees its own __callback__:", ref.__callback__)

o = Obj()
r1 = weakref.ref(o, cb)
r2 = weakref.ref(o)
print(r1.__callback__ is cb, r2.__callback__)
try:
    r1.__callback__ = None
except AttributeError:
    print("__callback__ is read-only")
del o
print(r1.__callback__, r2.__callback__)

# A dead reference whose callback never ran (the weakref died first) is simply gone.
o = Obj()
r3 = weakref.ref(o, cb)
print(r3.__callback__ is cb)
del r3, o
print("done")
