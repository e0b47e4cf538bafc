# A state machine with Enum, and the behaviour of members: singletons,
# lookup by value and name, iteration order, aliases, auto(), IntEnum,
# StrEnum and Flag.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class Light(Enum):
    RED = 1
    GREEN = 2
    YELLOW = 3

    def next(self) -> "Light":
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    @property
    def stop(self) -> bool:
        return self is Light.RED


state = Light.RED
for _ in range(4):
    print(state, repr(state), state.name, state.value, state.stop)
    state = state.next()

print(Light(2), Light["YELLOW"], Light.RED is Light(1), len(Light), list(Light))
print(Light.RED in Light, Light.RED == Light.RED, Light.RED == 1, Light.RED != Light.GREEN)
print({Light.RED: "stop", Light.GREEN: "go"}[Light.GREEN], isinstance(Light.RED, Light))
print(Light.__members__, type(Light), repr(Light), Light.RED.__class__)
print(f"{Light.GREEN}", format(Light.GREEN, ">14") + "|", str(Light.YELLOW))
print(list(reversed(Light)))

transitions = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}
s = Light.GREEN
seen = []
while s not in seen:
    seen.append(s)
    s = transitions[s]
print([x.name for x in seen])


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2) is Shape.SQUARE, list(Shape.__members__))


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(list(Color), Color.BLUE.value)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.HIGH), f"{Priority.LOW}", Priority.HIGH > Priority.LOW,
      Priority.MEDIUM == 2, Priority.LOW + 10, sorted([Priority.HIGH, Priority.LOW]),
      Priority(3), isinstance(Priority.LOW, int), ["a", "b", "c", "d"][Priority.HIGH])


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode("w"), Mode.READ.upper())


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)))
print(~Perm.R, rw & Perm.W, Perm.R | Perm.W | Perm.X, Perm(5))


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


print(Bits.A | Bits.B, repr(Bits.A | Bits.B), Bits.A | 8, Bits.C + 1, Bits(6))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY.value)

Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, repr(Animal))


@unique
class Status(Enum):
    OK = 0
    FAIL = 1


print(Status(0), Status.FAIL)


class Cmp(Enum):
    A = 1
    B = 2

    def __lt__(self, other):
        return self.value < other.value


print(sorted([Cmp.B, Cmp.A]))
