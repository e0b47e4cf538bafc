# classmethods reading and updating per-class state through cls.
class Shape:
    registry = []
    made = 0

    def __init_helper(self):
        return "private"

    def __init__(self):
        type(self).bump()
        Shape.registry.append(type(self).__name__)

    @classmethod
    def bump(cls):
        cls.made = cls.made + 1

    @classmethod
    def count(cls):
        return cls.made

    def secret(self):
        return self.__init_helper()

class Circle(Shape): pass
class Square(Shape): pass

for cls in (Circle, Square, Circle, Shape, Circle):
    cls()
print(Shape.count(), Circle.count(), Square.count())
print(Shape.registry)
print("made" in Circle.__dict__, "made" in Square.__dict__)
print(Circle().secret())
print(hasattr(Shape, "__init_helper"), hasattr(Shape, "_Shape__init_helper"))
