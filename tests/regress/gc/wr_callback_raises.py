# An exception in a weakref callback is reported on stderr and ignored; the other callbacks still run.
import weakref
log = []

class Obj:
    pass

def bad(ref):
    log.append("bad")
    raise RuntimeError("callback failed")

def good(ref):
    log.append("good")

o = Obj()
r1 = weakref.ref(o, good)
r2 = weakref.ref(o, bad)
r3 = weakref.ref(o, good)
del o
print(sorted(log))
print(r1(), r2(), r3())

try:
    raise KeyError("outer")
except KeyError as e:
    o = Obj()
    r = weakref.ref(o, bad)
    del o
    print("still handling", repr(e))
print(len(log))
