# The errors @dataclass reports, and the errors of the methods it writes.
from dataclasses import dataclass, field, replace


@dataclass
class Point:
    x: int
    y: int


for call in (lambda: Point(), lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

try:
    @dataclass
    class Bag:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class Order:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass(order=True)
    class Ranked:
        r: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)

try:
    Point(1, 2) < Point(2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Frame:
    w: int
    h: int = field(init=False, default=0)


try:
    replace(Frame(1), h=3)
except ValueError as e:
    print("ValueError:", e)


@dataclass(frozen=True)
class Frozen:
    v: int


try:
    @dataclass
    class Thawed(Frozen):
        w: int = 0
except TypeError as e:
    print("TypeError:", e)

f = Frozen(1)
f.v = 2
