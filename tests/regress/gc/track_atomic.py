# gc.is_tracked(): atomic values (ints, strs, floats, None, bools, plain
# object() instances) are never tracked; containers and user objects are.
# skip-backend: none: this build tracks no objects: gc.is_tracked() is False for everything
import gc

class User:
    pass

def function():
    pass

print("int:", gc.is_tracked(1), gc.is_tracked(10 ** 30))
print("str:", gc.is_tracked("a"), gc.is_tracked(""))
print("float:", gc.is_tracked(1.5))
print("None:", gc.is_tracked(None))
print("bools:", gc.is_tracked(True), gc.is_tracked(False))
print("object():", gc.is_tracked(object()))

print("list:", gc.is_tracked([]), gc.is_tracked([1, 2]))
print("set:", gc.is_tracked(set()), gc.is_tracked({1, 2}))
print("frozenset:", gc.is_tracked(frozenset([1])))
print("instance:", gc.is_tracked(User()))
print("class:", gc.is_tracked(User))
print("function:", gc.is_tracked(function), gc.is_tracked(lambda: 0))
print("bound method:", gc.is_tracked(User().__init__))
print("module:", gc.is_tracked(gc))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("no args:", lambda: gc.is_tracked())
attempt("two args:", lambda: gc.is_tracked(1, 2))
