# Follows CPython test_weakref.py test_equality, test_ordering, test_hashing: weakrefs compare like their referents.
import gc, weakref

class Object:
    def __init__(self, arg):
        self.arg = arg
    def __eq__(self, other):
        if isinstance(other, Object):
            return self.arg == other.arg
        return NotImplemented
    def __lt__(self, other):
        return self.arg < other.arg
    def __hash__(self):
        return hash(self.arg)

class AlwaysEq:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False

x, y, z = Object(1), Object(1), Object(2)
a, b, c, d = weakref.ref(x), weakref.ref(y), weakref.ref(z), weakref.ref(x)
print(a == b, a != b, a == c, a != c, a == d, a != d)
print(a == x, a != x, a == AlwaysEq(), a != AlwaysEq())
for op in ("<", ">", "<=", ">="):
    try:
        eval("a %s b" % op)
        print(op, "allowed")
    except TypeError:
        print(op, "TypeError")
del x, y, z
gc.collect()
print([r() for r in (a, b, c)])
# Dead weakrefs compare by identity.
print(a == b, a != b, a == c, a != c, a == d, a is d)
try:
    a < b
except TypeError:
    print("still unordered")

x, y = Object(42), Object(42)
a, b = weakref.ref(x), weakref.ref(y)
print(hash(a) == hash(42))
del x, y
gc.collect()
print("dead, hashed while alive:", hash(a) == hash(42))
try:
    hash(b)
except TypeError as e:
    print("dead, never hashed:", e)

# Weakrefs as dict keys find each other through their referents.
o = Object(5)
table = {weakref.ref(o): "five"}
print(table[weakref.ref(o)], weakref.ref(o) in table)
