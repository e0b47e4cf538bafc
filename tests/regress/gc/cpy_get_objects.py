# After CPython's test_gc.py test_get_objects and
# test_get_objects_arguments: a new list is in generation 0, moves to
# generation 1 after collect(0), to generation 2 after collect(1), and stays
# there after collect(2); the generation argument is checked.
# skip-backend: none: this build tracks no objects, so gc.get_objects() raises NotImplementedError
# skip-backend: boehm: libgc has no generations: every container is in generation 2

import gc

def where(x):
    return [any(x is o for o in gc.get_objects(generation=g)) for g in (0, 1, 2)]

gc.disable()
gc.collect()
l = []
l.append(l)
print("new:", where(l))
gc.collect(generation=0)
print("after collect(0):", where(l))
gc.collect(generation=1)
print("after collect(1):", where(l))
gc.collect(generation=2)
print("after collect(2):", where(l))
del l
gc.collect()

print("None is all:", len(gc.get_objects()) == len(gc.get_objects(generation=None)))
for bad in (1000, -1000, "1", 1.234):
    try:
        gc.get_objects(bad)
        print(repr(bad), "accepted")
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__)
gc.enable()
