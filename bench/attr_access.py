# Attribute access: instance attribute reads and writes, class attribute
# reads (directly and through instances), inherited class attributes, and
# properties with getters and setters.
class Base:
    kind = 3
    limit = 1000


class Point(Base):
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self._r = 0

    @property
    def r(self):
        return self._r

    @r.setter
    def r(self, v):
        self._r = v % 997

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(1, 2)
q = Point(-3, 4)
total = 0
for i in range(150000):
    p.x = p.x + 1
    p.y = p.y - q.x
    q.x = i & 15
    total += p.x - p.y + q.y
    total += p.dims + p.kind + Point.limit + Base.kind
    if p.x > p.limit:
        p.x = 0
        p.y = 0
    p.r = p.r + i
    total += p.r + q.norm1
print("checksum", total, p.x, p.y, q.x, p.r)
