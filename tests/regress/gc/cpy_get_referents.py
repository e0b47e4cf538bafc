# After CPython's test_gc.py test_get_referents: a list, a tuple and a dict
# refer to their items (and keys); several arguments give all their
# referents; atomic values refer to nothing.
import gc

alist = [1, 3, 5]
got = gc.get_referents(alist)
got.sort()
print("list:", got, got == alist)

atuple = tuple(alist)
got = gc.get_referents(atuple)
got.sort()
print("tuple:", got, got == alist)

adict = {1: 3, 5: 7}
got = gc.get_referents(adict)
got.sort()
print("dict:", got)

got = gc.get_referents([1, 2], {3: 4}, (0, 0, 0))
got.sort()
print("several:", got, got == [0, 0] + list(range(5)))

print("atoms:", gc.get_referents(1, "a", 4.5))
