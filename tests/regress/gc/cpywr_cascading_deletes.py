# Follows CPython test_weakref.py test_weak_keyed_cascading_deletes: a key's __eq__ frees another key mid-delete.
import gc, weakref

d = weakref.WeakKeyDictionary()
mutate = False

class C:
    def __init__(self, i):
        self.value = i
    def __hash__(self):
        return hash(self.value)
    def __eq__(self, other):
        if mutate:
            del objs[-1]      # drops the last strong reference to another key
        return self.value == other.value

objs = [C(i) for i in range(4)]
for o in objs:
    d[o] = o.value
del o
objs = list(d.keys())
objs.reverse()
mutate = True
count = 0
for o in objs:
    count += 1
    del d[o]
gc.collect()
print(len(d), count)
