# weakref.ref: calling a live reference returns the object, a dead one returns None; no callback by default.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

o = Obj("target")
r = weakref.ref(o)
print(r() is o, r().name)
print(r.__callback__)
del o
print(r())
print(r() is None, bool(r() is None))

# Plain references keep the object alive; weak ones do not.
o = Obj("kept")
keep = [o]
r = weakref.ref(o)
del o
print(r().name)
keep.clear()
print(r())

# Without a callback, python returns the same weak reference object for the same referent.
o = Obj("shared")
r1 = weakref.ref(o)
r2 = weakref.ref(o)
r3 = weakref.ref(o, None)
print(r1 is r2, r1 is r3)
r4 = weakref.ref(o, lambda r: None)
print(r4 is r1, weakref.getweakrefcount(o))
print(weakref.getweakrefs(o)[0] is r1, len(weakref.getweakrefs(o)))
del r4
print(weakref.getweakrefcount(o))
del r1, r2, r3
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))
print(weakref.getweakrefcount(5), weakref.getweakrefs(5))
