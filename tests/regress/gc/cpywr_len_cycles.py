# Follows CPython test_weakref.py MappingTestCase check_len_cycles, test_weak_values, test_weak_keys.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref

class RefCycle:
    def __init__(self):
        self.cycle = self

def check_len_cycles(dict_type, cons):
    items = [RefCycle() for i in range(20)]
    dct = dict_type(cons(o) for o in items)
    it = iter(dct.items())      # keep an iterator alive, as the CPython test does
    try:
        next(it)
    except StopIteration:
        pass
    del items
    gc.collect()
    n1 = len(dct)
    del it
    gc.collect()
    n2 = len(dct)
    print(dict_type.__name__, n1 in (0, 1), n2)

check_len_cycles(weakref.WeakKeyDictionary, lambda k: (k, 1))
check_len_cycles(weakref.WeakValueDictionary, lambda k: (1, k))

class Object:
    def __init__(self, arg):
        self.arg = arg
    def __hash__(self):
        return hash(self.arg)
    def __eq__(self, other):
        return isinstance(other, Object) and self.arg == other.arg

objects = [Object(i) for i in range(10)]
wv = weakref.WeakValueDictionary()
wk = weakref.WeakKeyDictionary()
for o in objects:
    wv[o.arg] = o
    wk[o] = o.arg
print([weakref.getweakrefcount(o) for o in objects[:3]])
print(all(wv[o.arg] is o and wk[o] == o.arg for o in objects))
print(sorted(wv.copy().keys()) == sorted(wv.keys()), len(wk.copy()))
del objects[0]
gc.collect()
print(len(wv), len(wk))
del objects, o
gc.collect()
print(len(wv), len(wk))
wv = weakref.WeakValueDictionary()
try:
    wv[1]
except KeyError:
    print("KeyError on empty")
wv[2] = RefCycle()
gc.collect()
print(2 in wv, len(wv))
o = Object(42)
wk[o] = "What is the meaning of the universe?"
print(o in wk, 34 in wk, wk[Object(42)])
