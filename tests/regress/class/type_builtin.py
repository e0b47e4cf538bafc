# type(x), type(name, bases, dict), and __class__.
class Base:
    def hello(self):
        return "hello from " + type(self).__name__

def init(self, v):
    self.v = v

Dyn = type("Dyn", (Base,), {"__init__": init, "double": lambda self: self.v * 2, "tag": "dyn"})
d = Dyn(21)
print(type(d).__name__, d.double(), d.tag, d.hello())
print(Dyn.__name__, [c.__name__ for c in Dyn.__mro__])
print(isinstance(d, Base), issubclass(Dyn, Base))
Empty = type("Empty", (), {})
e = Empty()
e.x = 1
print(type(e).__name__, e.x, Empty.__bases__[0].__name__)
print(type(3).__name__, type("s").__name__, type([]).__name__, type(None).__name__)
print(type(type).__name__, type(Base).__name__, type(Dyn) is type)
print(d.__class__ is Dyn, d.__class__.__name__)
print(type(d)(5).double())
print(d.__class__.__bases__[0] is Base)
print(type(len).__name__, type(Base.hello).__name__, type(d.hello).__name__)
for x in [1, 2.0, "3", (4,), [5], {6: 6}, {7}, True, None]:
    print(type(x).__name__, end=" ")
print()
