# Weak reference callbacks run newest first, whatever the kind of reference; the shared plain reference stays first in getweakrefs.
import weakref

calls = []

class Obj:
    pass

class Ref(weakref.ref):
    pass

o = Obj()
a = weakref.ref(o, lambda ref: calls.append("a"))
plain = weakref.ref(o)
b = Ref(o, lambda ref: calls.append("b"))
c = Ref(o)
d = weakref.ref(o, lambda ref: calls.append("d"))
order = {id(x): name for name, x in [("a", a), ("plain", plain), ("b", b), ("c", c), ("d", d)]}
print([order[id(x)] for x in weakref.getweakrefs(o)])
print(weakref.ref(o) is plain)
del o
print(calls)

# Deleted references in between leave the others in the same order.
calls.clear()
o = Obj()
refs = [weakref.ref(o, lambda ref, i=i: calls.append(i)) for i in range(5)]
del refs[2], refs[0]
del o
print(calls)

# The same order for a function and a set.
for make in (lambda: (lambda: 0), set):
    calls.clear()
    v = make()
    refs = [weakref.ref(v, lambda ref, i=i: calls.append(i)) for i in range(3)]
    del v
    print(calls)
