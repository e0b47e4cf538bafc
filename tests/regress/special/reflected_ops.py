# Reflected operators: __radd__, __rsub__, NotImplemented, and sum().
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"

    def __add__(self, other):
        print("__add__", self, other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("__radd__", self, other)
        return self.__add__(other)

    def __rsub__(self, other):
        print("__rsub__", self, other)
        return Money(other - self.cents)

    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented

    __rmul__ = __mul__

print(Money(150) + Money(250))
print(100 + Money(5))
print(1000 - Money(1))
print(sum([Money(1), Money(2), Money(3)]))
print(Money(7) * 3, 2 * Money(8))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * Money(2)
except TypeError as e:
    print("TypeError:", e)
try:
    2.5 + Money(2)
except TypeError as e:
    print("TypeError:", e)
