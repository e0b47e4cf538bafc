# python3 tracks every new tuple, then a collection untracks tuples that
# hold only untracked values; a tuple holding a list stays tracked.
# skip-backend: none: this build tracks no objects: gc.is_tracked() is False for everything
# skip-backend: boehm: libgc scans every container, so gc.is_tracked is true for all of them: atomic-only tuples are not untracked
import gc

class User:
    pass

t = tuple(x for x in [1, 2])
print("new tuple of ints:", gc.is_tracked(t))
gc.collect()
print("after a collection:", gc.is_tracked(t))

t = tuple(x for x in ["s", None, 1.5, True])
gc.collect()
print("atoms of several kinds after a collection:", gc.is_tracked(t))

t = tuple(x for x in [1, 2])
gc.collect(0)
print("after a young collection:", gc.is_tracked(t))

t = tuple([[], 1])
gc.collect()
print("holding a list after a collection:", gc.is_tracked(t))

t = tuple(x for x in [User()])
gc.collect()
print("holding an instance after a collection:", gc.is_tracked(t))

t = tuple(x for x in [User])
gc.collect()
print("holding a class after a collection:", gc.is_tracked(t))

# Nested: the inner tuple goes first, the outer one on the next collection.
inner = tuple(x for x in [1])
outer = tuple([inner, 2])
gc.collect()
gc.collect()
print("nested after two collections:", gc.is_tracked(outer), gc.is_tracked(inner))

print("empty tuple:", gc.is_tracked(()))
c = (1, 2)
gc.collect()
print("constant tuple after a collection:", gc.is_tracked(c))

# A tuple holding a list that is later emptied stays what it was: the list
# itself is still tracked, so the tuple is kept.
box = [1]
t = (box,)
gc.collect()
print("tuple of a list:", gc.is_tracked(t), t)
