# Special methods are looked up on the type: instance attributes are ignored.
class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __repr__(self):
        return f"Box({self.n})"

b = Box(3)
b.__len__ = lambda: 100
b.__repr__ = lambda: "instance repr"
print(len(b), repr(b), b, b.__len__(), b.__repr__())

class Plain:
    pass
p = Plain()
p.__len__ = lambda: 5
p.__call__ = lambda: "called"
p.__iter__ = lambda: iter([1])
for op in (lambda: len(p), lambda: p(), lambda: list(p)):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
print(p.__call__(), p.__len__())

class Adder:
    def __add__(self, other):
        return "class __add__"
a = Adder()
a.__add__ = lambda other: "instance __add__"
print(a + 1, a.__add__(1))
