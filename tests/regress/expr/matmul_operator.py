# a @ b and a @= b dispatch to __matmul__, __rmatmul__ and __imatmul__
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __matmul__(self, other):
        if isinstance(other, Vec):
            return sum(a * b for a, b in zip(self.xs, other.xs))
        return NotImplemented
    def __rmatmul__(self, other):
        if isinstance(other, list):
            return Vec(*[sum(a * b for a, b in zip(row, self.xs)) for row in other])
        return NotImplemented
    def __repr__(self):
        return f"Vec{tuple(self.xs)}"
class Acc(Vec):
    def __imatmul__(self, other):
        self.xs = [a * b for a, b in zip(self.xs, other.xs)]
        return self
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v @ w, [[1, 0, 0], [0, 2, 0]] @ v)
x = v
x @= w              # no __imatmul__: x @ w, rebinding x
print(x, v)
a = Acc(1, 2, 3)
b = a
a @= Acc(2, 2, 2)   # in place
print(a, a is b)
for left, right in [(v, 3), (3, v), (1, 2), ("s", [1])]:
    try:
        left @ right
    except TypeError as e:
        print("TypeError:", e)
try:
    n = 5
    n @= 2
except TypeError as e:
    print("TypeError:", e)
