# Polymorphic dispatch and an abstract method raising NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def report(self):
        return f"{type(self).__name__:<8} area={self.area():7.2f}"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Tri(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return 0.5 * self.b * self.h

class Blob(Shape):
    pass

shapes = [Circle(1), Rect(2, 3), Tri(4, 5), Circle(0.5)]
for s in shapes:
    print(s.report())
print(f"total {sum(s.area() for s in shapes):.3f}")
biggest = max(shapes, key=lambda s: s.area())
print(type(biggest).__name__)
try:
    Blob().report()
except NotImplementedError as e:
    print("NotImplementedError:", e)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s)
print({k: len(v) for k, v in sorted(by_kind.items())})
