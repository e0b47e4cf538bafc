# A self-cycle whose __del__ resurrects it survives gc.collect(); weak references to it are cleared anyway.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []
saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        log.append("del " + self.name)
        saved.append(self)

p = Phoenix("loop")
wr = weakref.ref(p, lambda r: log.append("callback"))
del p
gc.collect()
print(log)
s = saved[0]
print("survivor:", s.name, s.me is s, gc.is_finalized(s))
print("weakref cleared before the finalizer ran:", wr())
newref = weakref.ref(s, lambda r: log.append("new callback"))
del s
saved.clear()
gc.collect()
print(log)
print("new weakref:", newref())
gc.collect()
print(log.count("del loop"))
