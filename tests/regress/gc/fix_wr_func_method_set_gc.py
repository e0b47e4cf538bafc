# Functions, bound methods and sets in cycles: the collector clears their weak references and runs the callbacks of the live ones.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref

log = []

class Obj:
    def method(self):
        return 1

def cyclic_function():
    f = lambda: 0
    f.me = f
    return weakref.ref(f, lambda ref: log.append(("function", ref() is None)))

def cyclic_method():
    o = Obj()
    o.m = o.method
    return weakref.ref(o.m, lambda ref: log.append(("method", ref() is None)))

def cyclic_set():
    holder = Obj()
    s = {holder}
    holder.s = s
    return weakref.ref(s, lambda ref: log.append(("set", ref() is None)))

def cyclic_frozenset():
    holder = Obj()
    s = frozenset([holder])
    holder.s = s
    return weakref.ref(s, lambda ref: log.append(("frozenset", ref() is None)))

gc.disable()
for make in (cyclic_function, cyclic_method, cyclic_set, cyclic_frozenset):
    r = make()
    print(make.__name__, "alive before collect:", r() is not None)
    gc.collect()
    print(make.__name__, "after collect:", r(), log)
    log.clear()
gc.enable()
