# Cycles that pass through lists, dicts, tuples, closures and bound methods are found and finalized.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

def make(kind):
    r = Res(kind)
    if kind == "list":
        r.box = [0, r]
    elif kind == "dict":
        r.box = {"me": r}
    elif kind == "tuple":
        r.box = ([r],)
    elif kind == "closure":
        def get():
            return r
        r.box = get
    elif kind == "bound method":
        r.box = r.__del__
    elif kind == "nested":
        r.box = {"a": [({"b": r},)]}
    return weakref.ref(r)

kinds = ["list", "dict", "tuple", "closure", "bound method", "nested"]
refs = [make(k) for k in kinds]
print("alive before collect:", sum(1 for w in refs if w() is not None))
gc.collect()
print(sorted(log))
print("alive after collect:", sum(1 for w in refs if w() is not None))
