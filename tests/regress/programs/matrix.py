# A matrix class with operators: +, -, * (matrix and scalar), ==, indexing, power.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged rows")

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value

    def _check(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError(f"shape mismatch {self.n}x{self.m} vs {other.n}x{other.m}")

    def __add__(self, other):
        self._check(other)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        if self.m != other.n:
            raise ValueError("cannot multiply")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmul__(self, k):
        return self * k

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        for _ in range(k):
            result = result * self
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __repr__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(width) for x in r) + "]" for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(a - b)
print(a * b)
print(2 * a == a + a, a * Matrix.identity(2) == a)
print(Matrix([[1, 1], [1, 0]]) ** 10)
print(Matrix([[1, 2, 3]]).transpose())
m = Matrix.identity(3)
m[0, 2] = 7
print(m, m[0, 2])
for bad in [lambda: a + Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]]), lambda: a * Matrix([[1, 2, 3]] * 3)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
