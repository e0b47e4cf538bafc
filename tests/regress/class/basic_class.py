# A plain class with __init__, methods and instance attributes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

    def describe(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"

p = Point(1, 2)
q = p.moved(3, 4)
print(p.x, p.y)
print(q.x, q.y)
print(p.dist2(q))
print(q.describe())
p.x = 10
print(p.describe(), q.describe())
p.label = "origin-ish"
print(p.label)
print(hasattr(q, "label"), hasattr(p, "label"))
print(type(p).__name__, type(p) is Point, isinstance(q, Point))
print(Point.__name__)
pts = [Point(i, i * i) for i in range(4)]
print([pt.describe() for pt in pts])
print(sum(pt.y for pt in pts))
