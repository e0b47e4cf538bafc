# Classes defined inside classes and functions; class body scoping.
class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v
        def show(self):
            return f"Inner({self.v})"

    def make(self, v):
        return self.Inner(v)

print(Outer().make(3).show())
print(Outer.Inner(4).show(), Outer.Inner.__name__)

def make_class(prefix):
    class Tagged:
        def tag(self, s):
            return prefix + s
    return Tagged

A = make_class("a:")
B = make_class("b:")
print(A().tag("x"), B().tag("y"), A is B, A.__name__)

class Body:
    x = 10
    y = x * 2
    items = [x, y]
    total = sum(items)
    def get(self):
        return (self.x, self.y, self.total)
print(Body().get(), Body.items)

counter = 0
class Uses:
    global counter
    counter += 1
    name = "uses"
print(counter, Uses.name)
x = "module x"
class Shadow:
    x = "class x"
    def method(self):
        return x
print(Shadow().method(), Shadow.x)
