import weakref, gc
class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Obj({self.n})"
a = Obj(1)
r = weakref.ref(a, lambda ref: print("callback", ref() is None))
print(r() is a, r)
del a
print(r())
d = weakref.WeakValueDictionary()
keep = [Obj(i) for i in range(3)]
for o in keep:
    d[o.n] = o
print(sorted(d.keys()))
del keep[0]
gc.collect()
print(sorted(d.keys()), len(d))
s = weakref.WeakSet(keep)
print(len(s))
c = Obj(9)
c.self = c
w = weakref.ref(c)
del c
gc.collect()
print(w())
