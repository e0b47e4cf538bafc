# A subclass's reflected method is tried before the left operand's method.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
    def __add__(self, other):
        print(f"{type(self).__name__}.__add__")
        return Num(self.v + other.v)
    def __radd__(self, other):
        print(f"{type(self).__name__}.__radd__")
        return Num(other.v + self.v)
    def __lt__(self, other):
        print(f"{type(self).__name__}.__lt__")
        return self.v < other.v
    def __gt__(self, other):
        print(f"{type(self).__name__}.__gt__")
        return self.v > other.v

class Special(Num):
    def __radd__(self, other):
        print("Special.__radd__ (override)")
        return Special(other.v + self.v)
    def __gt__(self, other):
        print("Special.__gt__ (override)")
        return self.v > other.v

print(Num(1) + Num(2))
print(Num(1) + Special(2))      # Special overrides __radd__: it goes first
print(Special(1) + Num(2))
print(Num(1) < Special(2))      # reflected __gt__ of the subclass first
print(Special(1) < Num(2))

class Plain(Num):
    pass
print(Num(1) + Plain(2))        # no override: normal order
