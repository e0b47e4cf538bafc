# A weakref callback runs once, receives the weak reference object itself, and sees the referent gone.
import weakref
calls = []

class Obj:
    pass

def cb(ref):
    calls.append((ref is r, ref()))

o = Obj()
r = weakref.ref(o, cb)
del o
print(calls)
del r
print(calls)

# Several callbacks on one object each run once.
calls.clear()
o = Obj()
refs = [weakref.ref(o, lambda ref, i=i: calls.append(i)) for i in range(4)]
del o
print(sorted(calls))
del refs
print(sorted(calls))

# A weak reference that dies before its referent never calls back.
calls.clear()
o = Obj()
r = weakref.ref(o, lambda ref: calls.append("should not run"))
del r
del o
print(calls)

# A bound method of a live object as the callback.
class Listener:
    def __init__(self):
        self.heard = []
    def on_death(self, ref):
        self.heard.append(ref() is None)
lis = Listener()
o = Obj()
r = weakref.ref(o, lis.on_death)
o = None
print(lis.heard)
