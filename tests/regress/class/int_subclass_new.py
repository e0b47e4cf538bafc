# Subclassing int with __new__; arithmetic falls back to int results.
class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)

    def half(self):
        return self // 2

class Money(int):
    def __new__(cls, cents, currency="EUR"):
        obj = int.__new__(cls, cents)
        obj.currency = currency
        return obj

    def __str__(self):
        return f"{int(self) // 100}.{int(self) % 100:02d} {self.currency}"

e = Even(10)
print(e, e.half(), e + 1, type(e).__name__, type(e + 1).__name__)
print(isinstance(e, int), e == 10, e < 11, hash(e) == hash(10))
try:
    Even(7)
except ValueError as err:
    print("ValueError:", err)
m = Money(1234)
print(m, str(Money(5, "USD")), int(m) + 1)
print(m * 2, type(m * 2).__name__)
print(sorted([Money(300), Money(100), Money(200)]))
print([str(x) for x in sorted([Money(300), Money(100)])])
print(repr(Even(4)), f"{Even(8)}", f"{Money(99)}")
