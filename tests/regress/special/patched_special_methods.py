# Special methods added to or removed from a class after it was created.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

b = Bag(1, 2, 3)
try:
    len(b)
except TypeError as e:
    print("TypeError:", e)

Bag.__len__ = lambda self: len(self.items)
Bag.__iter__ = lambda self: iter(self.items)
Bag.__getitem__ = lambda self, i: self.items[i]
Bag.__contains__ = lambda self, x: x in self.items
Bag.__repr__ = lambda self: f"Bag{tuple(self.items)}"
print(len(b), list(b), b[1], 2 in b, 9 in b, b)

def add(self, other):
    return Bag(*(self.items + other.items))
Bag.__add__ = add
Bag.__eq__ = lambda self, other: self.items == other.items
print(b + Bag(4), b == Bag(1, 2, 3), b != Bag())
Bag.__call__ = lambda self, x: x * len(self)
print(b(10), callable(b))

del Bag.__len__
try:
    len(b)
except TypeError as e:
    print("TypeError:", e)
print(bool(b))
Bag.__bool__ = lambda self: False
print(bool(b), "truthy" if b else "falsy")

class Sub(Bag):
    pass
Bag.__neg__ = lambda self: Bag(*[-x for x in self.items])
print(-Sub(5, 6))
