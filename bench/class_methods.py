# Method calls on instances: plain methods, inherited methods, overrides that
# chain to the base through super(), classmethods and staticmethods.
class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def scale(self, k):
        return self.area() * k

    def describe(self):
        return 1

    @classmethod
    def unit(cls):
        return cls(1, 1)

    @staticmethod
    def clamp(v):
        return v if v < 1000 else v % 1000


class Rect(Shape):
    def describe(self):
        return super().describe() + 2


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    def describe(self):
        return super().describe() + 4

    def area(self):
        return super().area() + 1


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self

    def add(self, k, times=1):
        self.n += k * times
        return self.n


def run(rounds):
    shapes = [Shape(2, 3), Rect(4, 5), Square(3), Square(7)]
    c = Counter()
    total = 0
    for i in range(rounds):
        for s in shapes:
            total += s.area() + s.scale(2) + s.describe()
            total += Shape.clamp(i)
        c.inc().inc()
        total += c.add(i & 7, times=2)
        if i % 1000 == 0:
            total += Shape.unit().area() + Rect.unit().describe()
    return total, c.n


total, n = run(70000)
m = Counter().add
bound = 0
for i in range(200000):
    bound += m(1)
print("checksum", total, n, bound)
