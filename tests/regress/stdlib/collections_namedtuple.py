# namedtuple as a user writes it: records with names, still tuples.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
Employee = namedtuple('Employee', ['name', 'dept', 'salary'])

p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print('unpacked', x, y)
print(p == (3, 4), p == Point(3, 4), p != Point(4, 3), hash(p) == hash((3, 4)))
print(Point(y=2, x=1), Point._make([5, 6]), p._replace(x=10), p._asdict())
print(Point._fields, Employee._fields, Point.__doc__)

staff = [
    Employee('ann', 'eng', 120),
    Employee('bob', 'ops', 90),
    Employee('cy', 'eng', 100),
    Employee('di', 'ops', 95),
]
by_salary = sorted(staff, key=lambda e: e.salary, reverse=True)
for e in by_salary:
    print('%-4s %-4s %4d' % e)
print('total', sum(e.salary for e in staff))
print('eng', [e.name for e in staff if e.dept == 'eng'])
raised = [e._replace(salary=e.salary + 10) for e in staff]
print(raised[0], staff[0])

# tuple behaviour: ordering, slicing, concatenation, membership, dict keys
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print(p[:1], p + (5,), 4 in p, p * 2, list(reversed(p)), p.count(3), p.index(4))
grid = {Point(0, 0): 'origin', Point(1, 0): 'east'}
print(grid[Point(0, 0)], grid[(1, 0)], isinstance(p, tuple), type(p).__name__)

# defaults, rename, single field
Config = namedtuple('Config', 'host port debug', defaults=[8080, False])
print(Config('localhost'), Config('h', 1, True), Config._field_defaults)
Row = namedtuple('Row', 'id, class, _hidden, id', rename=True)
print(Row._fields, Row(1, 2, 3, 4))
Single = namedtuple('Single', 'value')
print(Single(1), Single._make('a'))

# subclassing to add behaviour
class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def length2(self):
        return self.x * self.x + self.y * self.y

v = Vector(1, 2) + Vector(3, 4)
print(v, v.length2, v._replace(y=0), Vector._make((7, 8)))
