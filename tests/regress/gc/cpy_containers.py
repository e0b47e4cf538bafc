# After CPython's test_gc.py test_list, test_dict and test_tuple: a list
# holding itself, a dict holding itself, and a tuple <-> list loop are
# unreachable after del and a collection reclaims them (collect() reports a
# positive count; a tagged instance riding in the cycle dies).
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Tag:
    pass

def check(label, make):
    gc.collect()
    ref = make()
    n = gc.collect()
    print(label, "collect() found garbage:", n > 0, "tag freed:", ref() is None)

def list_cycle():
    l = []
    l.append(l)
    l.append(Tag())
    return weakref.ref(l[1])

def dict_cycle():
    d = {}
    d[1] = d
    d[2] = Tag()
    return weakref.ref(d[2])

def tuple_cycle():
    l = []
    t = (l, Tag())
    l.append(t)
    return weakref.ref(t[1])

gc.disable()
check("list:", list_cycle)
check("dict:", dict_cycle)
check("tuple:", tuple_cycle)
gc.collect()
print("nothing left:", gc.collect() == 0)
gc.enable()
