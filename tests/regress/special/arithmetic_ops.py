# Arithmetic operators on a vector class: +, -, * with int, unary ops.
class Vec:
    def __init__(self, *c):
        self.c = tuple(c)

    def __repr__(self):
        return "Vec" + repr(self.c)

    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self.c, other.c)))

    def __sub__(self, other):
        return Vec(*(a - b for a, b in zip(self.c, other.c)))

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))

    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))

    def __mod__(self, k):
        return Vec(*(a % k for a in self.c))

    def __neg__(self):
        return Vec(*(-a for a in self.c))

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __eq__(self, other):
        return self.c == other.c

a = Vec(1, 2, 3)
b = Vec(4, 5, 6)
print(a + b, a - b, b - a)
print(a * 3, 3 * a, a * b)
print(b / 2, b // 4, b % 4)
print(-a, +a, abs(Vec(3, 4)))
print(a + b == Vec(5, 7, 9), -(-a) == a)
print(sum([a, b], Vec(0, 0, 0)))
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a ** 2
except TypeError as e:
    print("TypeError:", e)
try:
    ~a
except TypeError as e:
    print("TypeError:", e)
