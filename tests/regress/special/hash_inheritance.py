# __hash__ inheritance rules: overriding __eq__ in a subclass resets __hash__.
class Base:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    def __hash__(self):
        return hash(self.k)

class KeepsHash(Base):
    pass

class NewEq(Base):
    def __eq__(self, other):
        return self.k == other.k

class RestoredHash(Base):
    def __eq__(self, other):
        return self.k == other.k
    __hash__ = Base.__hash__

class NoHash(Base):
    __hash__ = None

for cls in (Base, KeepsHash, NewEq, RestoredHash, NoHash):
    try:
        h = hash(cls(5)) == hash(5)
        print(cls.__name__, "hashable", h, len({cls(5), cls(5), cls(6)}))
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
print(NewEq.__hash__ is None, NoHash.__hash__ is None, KeepsHash.__hash__ is Base.__hash__)

class NeFromEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("__eq__ called")
        return self.v == other.v
a, b = NeFromEq(1), NeFromEq(1)
print(a != b)      # __ne__ is derived from __eq__
print(a != NeFromEq(2))
