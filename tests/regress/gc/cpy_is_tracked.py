# After CPython's test_gc.py test_is_tracked: atomic built-in values and the
# built-in types are not tracked; user classes, their instances (also of
# int/float subclasses and with empty __slots__), lists, sets and modules are.
# skip-backend: none: this build tracks no objects: gc.is_tracked() is False for everything
import gc

print("untracked:", [gc.is_tracked(x) for x in
                     (None, 1, 1.0, True, False, "a", type, int, object, object())])

class UserClass:
    pass

class UserInt(int):
    pass

class UserClassSlots:
    __slots__ = ()

class UserFloatSlots(float):
    __slots__ = ()

class UserIntSlots(int):
    __slots__ = ()

print("gc module:", gc.is_tracked(gc))
print("user class:", gc.is_tracked(UserClass))
print("user instance:", gc.is_tracked(UserClass()))
print("int subclass instance:", gc.is_tracked(UserInt()))
print("list, set:", gc.is_tracked([]), gc.is_tracked(set()))
print("empty __slots__ instance:", gc.is_tracked(UserClassSlots()))
print("float subclass with __slots__:", gc.is_tracked(UserFloatSlots()))
print("int subclass with __slots__:", gc.is_tracked(UserIntSlots()))
