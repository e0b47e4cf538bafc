# WeakValueDictionary, WeakKeyDictionary and WeakSet lose entries as soon as reference counting frees them.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Obj(%d)" % self.n

objs = [Obj(i) for i in range(5)]
wv = weakref.WeakValueDictionary()
wk = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()
for o in objs:
    wv[o.n] = o
    wk[o] = o.n * 10
    ws.add(o)
del o
print(len(wv), len(wk), len(ws))
print(sorted(wv.keys()), sorted(wk.values()))
del objs[0]
print(len(wv), len(wk), len(ws), 0 in wv)
objs.pop()
print(sorted(wv.keys()), sorted(wk.values()), sorted(x.n for x in ws))
print(wv.get(4), wv.get(2))
try:
    wv[0]
except KeyError as e:
    print("KeyError", e)
objs = None
print(len(wv), len(wk), len(ws), list(wv.items()), list(wk.items()), list(ws))

# A value alive elsewhere stays; replacing its last strong reference removes it.
keep = Obj(7)
wv["seven"] = keep
wv["tmp"] = Obj(8)
print(sorted(wv.keys()))
keep = Obj(9)
print(sorted(wv.keys()))
