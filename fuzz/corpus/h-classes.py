class Base:
    count = 0
    def __init__(self, x):
        self.x = x
        Base.count += 1
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r})"
    def __eq__(self, other):
        return isinstance(other, Base) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __lt__(self, other):
        return self.x < other.x

class Child(Base):
    def __init__(self, x, y=2):
        super().__init__(x)
        self.y = y
    @property
    def total(self):
        return self.x + self.y
    @staticmethod
    def make(n):
        return Child(n, n)
    @classmethod
    def named(cls):
        return cls.__name__

a = [Child(3), Base(1), Child.make(2)]
print(sorted(a), a[0].total, Child.named(), Base.count)
print({a[1], Base(1)}, a[0] == Child(3, 9), getattr(a[0], "z", None))
print(isinstance(a[0], Base), issubclass(Child, Base), Child.__mro__)
