# A finalizer may rescue another object of the garbage; the rescued part survives, the rest is freed.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []
rescued = []

class Payload:
    def __init__(self, value):
        self.value = value
    def __del__(self):
        log.append("payload")

class Owner:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("owner " + self.name)
        rescued.append(self.payload)

x, y = Owner("x"), Owner("y")
x.peer, y.peer = y, x
x.payload = Payload([1, 2])
y.payload = [x.payload, "list"]
wx, wy = weakref.ref(x), weakref.ref(y)
wp = weakref.ref(x.payload)
del x, y
gc.collect()
print(sorted(log))
print("owners freed:", wx(), wy())
print("rescued:", sorted(type(r).__name__ for r in rescued))
p = [r for r in rescued if type(r) is Payload][0]
lst = [r for r in rescued if type(r) is list][0]
print("payload:", p.value, gc.is_finalized(p), lst[0] is p, lst[1])
print("payload weakref was cleared:", wp())
del p, lst
rescued.clear()
gc.collect()
print("payload finalized once:", log.count("payload"))
