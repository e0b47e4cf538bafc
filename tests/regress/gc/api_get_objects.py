# gc.get_objects(): the tracked objects, so a live list or instance made
# here is listed and atomic values are not; per-generation listings and the
# argument errors.
# skip-backend: none: this build tracks no objects, so gc.get_objects() raises NotImplementedError
# skip-backend: boehm: libgc scans every container, so gc.get_objects lists atomic-only dicts and tuples too, all in generation 2
import gc

class Tag:
    pass

def listed(x, objects):
    return any(o is x for o in objects)

gc.collect()
lst = [1, 2, 3]
inst = Tag()
big = 10 ** 40
text = "some text " * 3
everything = gc.get_objects()
print("returns a list:", type(everything).__name__)
print("live list listed:", listed(lst, everything))
print("live instance listed:", listed(inst, everything))
print("its class listed:", listed(Tag, everything))
print("int not listed:", not listed(big, everything))
print("str not listed:", not listed(text, everything))
everything = None

atoms = {"a": 1}
print("dict of atoms not listed:", not listed(atoms, gc.get_objects()))
t = tuple(x for x in [1, 2])
gc.collect()
print("tuple of atoms not listed after a collection:", not listed(t, gc.get_objects()))

print("generation=None is everything:",
      listed(lst, gc.get_objects(generation=None)) and listed(inst, gc.get_objects(None)))
for gen in (0, 1, 2):
    print("generation", gen, "gives a list:", type(gc.get_objects(gen)).__name__)
print("in exactly one generation:",
      sum(listed(inst, gc.get_objects(g)) for g in (0, 1, 2)))

def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("generation 3:", lambda: gc.get_objects(3))
attempt("generation 1000:", lambda: gc.get_objects(1000))
attempt("generation -1000:", lambda: gc.get_objects(-1000))
attempt("generation '1':", lambda: gc.get_objects("1"))
attempt("generation 1.5:", lambda: gc.get_objects(1.5))
attempt("two arguments:", lambda: gc.get_objects(1, 2))
