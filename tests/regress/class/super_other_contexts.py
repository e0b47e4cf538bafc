# super() inside classmethods, properties, __repr__, and nested functions.
class Base:
    @classmethod
    def create(cls, *args):
        print("Base.create for", cls.__name__)
        return cls(*args)

    @property
    def label(self):
        return "base"

    def __repr__(self):
        return "Base()"

    def items(self):
        return [1, 2]

class Child(Base):
    def __init__(self, n=0):
        self.n = n

    @classmethod
    def create(cls, *args):
        print("Child.create")
        return super().create(*args)

    @property
    def label(self):
        return "child of " + super().label

    def __repr__(self):
        return f"Child({self.n}) from " + super().__repr__()

    def items(self):
        extra = [x * 10 for x in super().items()]
        return super().items() + extra

c = Child.create(7)
print(c)
print(c.label)
print(c.items())

class Grand(Child):
    def items(self):
        return ["g"] + super().items()
    def __repr__(self):
        return "Grand/" + super().__repr__()
g = Grand.create()
print(g, g.items(), g.label)
try:
    super(Child, Base())
except TypeError as e:
    print("TypeError")
