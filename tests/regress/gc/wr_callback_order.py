# Callbacks of several weak references to one object run from the newest registration to the oldest.
import weakref
calls = []

class Obj:
    pass

o = Obj()
refs = [weakref.ref(o, lambda ref, i=i: calls.append(i)) for i in range(4)]
del o
print(calls)

# Deleting one weakref in between leaves the others in the same order.
calls.clear()
o = Obj()
refs = [weakref.ref(o, lambda ref, i=i: calls.append(i)) for i in range(4)]
del refs[1]
o = None
print(calls)

# A weak container's internal callback counts as a registration like any other.
calls.clear()
cache = weakref.WeakValueDictionary()
o = Obj()
first = weakref.ref(o, lambda ref: calls.append(("first", len(cache))))
cache["o"] = o
last = weakref.ref(o, lambda ref: calls.append(("last", len(cache))))
del o
print(calls)
