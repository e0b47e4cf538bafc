# When reference counting frees an object, its __del__ runs before its weak references are cleared.
import weakref
log = []

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(("in __del__", self.name, wr() is self, cache.get(self.name) is self, self in wkeys))

cache = weakref.WeakValueDictionary()
wkeys = weakref.WeakKeyDictionary()
o = Obj("solo")
wr = weakref.ref(o, lambda r: log.append(("callback", r())))
cache["solo"] = o
wkeys[o] = 1
del o
for entry in log:
    print(entry)
print(wr(), len(cache), len(wkeys))
