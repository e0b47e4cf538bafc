# The mistakes users make with namedtuple, and python3's messages.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)

attempts = [
    ('too few', lambda: Point(1)),
    ('too many', lambda: Point(1, 2, 3)),
    ('unknown keyword', lambda: Point(1, z=2)),
    ('duplicate argument', lambda: Point(1, x=2)),
    ('_make length', lambda: Point._make([1, 2, 3])),
    ('_replace unknown', lambda: p._replace(z=1)),
    ('assign field', lambda: setattr(p, 'x', 5)),
    ('new attribute', lambda: setattr(p, 'z', 5)),
    ('item assignment', lambda: p.__setitem__(0, 5)),
    ('duplicate field', lambda: namedtuple('B', 'a b a')),
    ('keyword field', lambda: namedtuple('B', 'a def')),
    ('underscore field', lambda: namedtuple('B', 'a _b')),
    ('bad type name', lambda: namedtuple('2B', 'a')),
    ('bad field name', lambda: namedtuple('B', 'a-b')),
    ('too many defaults', lambda: namedtuple('B', 'a', defaults=(1, 2))),
]
for what, attempt in attempts:
    try:
        attempt()
        print(what, 'worked')
    except (TypeError, ValueError, AttributeError) as e:
        print(what, type(e).__name__, e)
