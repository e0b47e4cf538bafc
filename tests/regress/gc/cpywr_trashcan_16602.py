# Follows CPython test_weakref.py test_trashcan_16602: weakref callbacks along a long chain freed at once.
import gc, weakref
seen = []

class C:
    def __init__(self, parent):
        if not parent:
            return
        wself = weakref.ref(self)
        def cb(wparent):
            o = wself()
            seen.append(o is None or isinstance(o, C))
        self.wparent = weakref.ref(parent, cb)

d = weakref.WeakKeyDictionary()
root = c = C(None)
for n in range(100):
    d[c] = c = C(c)
del root
gc.collect()
print(len(d), len(seen), all(seen))
del c
gc.collect()
print(len(d), len(seen), all(seen))

# The same shape, ten thousand deep.
d = weakref.WeakKeyDictionary()
root = c = C(None)
for n in range(10000):
    d[c] = c = C(c)
del root, c
gc.collect()
print(len(d), len(seen), all(seen))
