# __eq__ returning NotImplemented on both sides falls back to identity.
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("A.__eq__")
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented

class B:
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented

a, b = A(1), B()
print(a == b)
print(b == a)
print(a != b)
print(b == b)
print(a == A(1), a == 1, 1 == a)
print(a in [1, "x", b], a in [b, A(1)])
print([A(2), B()].count(b))
print(None == a, a != None)

class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
x = AlwaysEqual()
print(x == 5, 5 == x, x != 5, [1, 2].index(x), {x: 1}.get(x))
