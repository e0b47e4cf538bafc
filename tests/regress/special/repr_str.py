# __repr__ and __str__: print, str(), repr(), f-strings, containers.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"OnlyRepr<{self.v}>"

p = Point(1, "a")
print(p)
print(str(p), repr(p))
print(f"{p} | {p!r} | {p!s}")
print([p, Point(2, 3)])
print((p,), {"k": p})
print({1: [Point(0, 0)]})
o = OnlyRepr(5)
print(o, str(o), f"{o}", [o])
print("%s and %r" % (p, p))
print("{} {!r}".format(p, p))
print(str([o, o]), repr("x"), [str(p)])
nested = [[Point(1, 1)], (OnlyRepr("x"), OnlyRepr(None))]
print(nested)
print(f"{p!r:>20}|")
print(f"{str(p):*^12}")
