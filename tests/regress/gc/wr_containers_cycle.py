# Weak containers lose the entries whose objects die by cycle collection, and keep the others.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()

class Obj:
    def __init__(self, n):
        self.n = n

wv = weakref.WeakValueDictionary()
wk = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()
keep = []
for i in range(10):
    o = Obj(i)
    o.me = o
    wv[i] = o
    wk[o] = i
    ws.add(o)
    if i % 3 == 0:
        keep.append(o)
del o
print(len(wv), len(wk), len(ws))
gc.collect()
print(sorted(wv.keys()), sorted(wk.values()), sorted(x.n for x in ws))
keep.clear()
gc.collect()
print(len(wv), len(wk), len(ws))

# A cycle that holds the weak container itself dies along with it.
o = Obj("holder")
o.table = weakref.WeakValueDictionary()
o.table["me"] = o
o.keys = weakref.WeakKeyDictionary({o: 1})
r = weakref.ref(o)
del o
gc.collect()
print(r())
