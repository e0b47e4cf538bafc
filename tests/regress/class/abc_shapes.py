# A shape hierarchy with abc: abstract classes cannot be instantiated
# until every abstract method is overridden.
from abc import ABC, ABCMeta, abstractmethod
import math


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, r: float):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class HalfDone(Shape):
    def area(self):
        return 0.0


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

shapes = [Circle(1), Rect(2, 3), Square(2)]
for s in shapes:
    print(s.describe())
print(sorted(Shape.__abstractmethods__), HalfDone.__abstractmethods__, Square.__abstractmethods__)
print(isinstance(shapes[2], Shape), issubclass(Square, Rect), issubclass(int, Shape), isinstance(3, Shape))
print(type(Shape).__name__, Shape.__mro__)


class Sized(ABC):
    @property
    @abstractmethod
    def size(self) -> int: ...

    @classmethod
    @abstractmethod
    def make(cls): ...


try:
    Sized()
except TypeError as e:
    print("TypeError:", e)


class Box(Sized):
    @property
    def size(self):
        return 3

    @classmethod
    def make(cls):
        return cls()


print(Box.make().size)


class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self): ...


Drawable.register(str)
print(isinstance("x", Drawable), issubclass(str, Drawable), isinstance(1, Drawable))


class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(name or cls.__name__)


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


print(Plugin.registry, type(Csv()).__name__)
Shape()
