# gc.get_referents(): the objects a container refers to directly: a list's
# items, a dict's keys and values, a tuple's items, an instance's class and
# attribute values (directly or through its __dict__).
import gc

class Owner:
    pass

print("list:", sorted(gc.get_referents([3, 1, 2])))
print("tuple:", sorted(gc.get_referents((5, 4))))
print("dict:", sorted(gc.get_referents({1: 10, 2: 20})))
print("several:", sorted(gc.get_referents([1, 2], {3: 4}, (0, 0))))
print("atoms have none:", gc.get_referents(1, "a", 2.5, None))
print("no arguments:", gc.get_referents())
print("empty list:", gc.get_referents([]))

inner = [1]
outer = [inner, inner]
got = gc.get_referents(outer)
print("list with a list twice:", len(got), all(g is inner for g in got))

o = Owner()
o.value = inner
got = gc.get_referents(o)
print("instance refers to its class:", any(g is Owner for g in got))
print("instance reaches its attribute:",
      any(g is inner or (type(g) is dict and g.get("value") is inner) for g in got))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("keyword argument:", lambda: gc.get_referents(x=1))
