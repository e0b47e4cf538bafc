# A __del__ that stores self and then lets go of it again before returning does not resurrect the object.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []

class Flicker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        tmp = [self]
        box = {"self": self}
        log.append("del " + self.name + " " + str(tmp[0] is box["self"]))

f = Flicker("refcount")
wr = weakref.ref(f)
del f
print(log, wr())

# Same in a cycle: the finalizer's temporary references do not keep the cycle alive.
class Loop(Flicker):
    def __init__(self, name):
        super().__init__(name)
        self.me = self

l = Loop("cycle")
wr = weakref.ref(l)
del l
gc.collect()
print(log, wr())
gc.collect()
print(len(log))
