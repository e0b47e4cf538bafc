# Many small cycles at once: 10000 self-loops with __del__, 5000 pairs and
# 2000 list/instance loops; one collection finds them all.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

gc.collect()

class Counted:
    deleted = 0
    def __del__(self):
        Counted.deleted += 1

class Plain:
    pass

def make_self_loops(n):
    for i in range(n):
        c = Counted()
        c.me = c

def make_pairs(n):
    refs = []
    for i in range(n):
        a = Plain()
        b = Plain()
        a.other = b
        b.other = a
        refs.append(weakref.ref(a))
    return refs

def make_list_loops(n):
    refs = []
    for i in range(n):
        p = Plain()
        p.box = [p, i]
        refs.append(weakref.ref(p))
    return refs

gc.disable()                         # nothing may go before the explicit collect
make_self_loops(10000)
pairs = make_pairs(5000)
loops = make_list_loops(2000)
print("before collect: deleted", Counted.deleted,
      "pairs alive", sum(r() is not None for r in pairs),
      "list loops alive", sum(r() is not None for r in loops))
gc.collect()
gc.enable()
print("after collect: deleted", Counted.deleted,
      "pairs alive", sum(r() is not None for r in pairs),
      "list loops alive", sum(r() is not None for r in loops))
