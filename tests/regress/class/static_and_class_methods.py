# staticmethod and classmethod: alternative constructors and helpers.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(part) for part in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class StrictDate(Date):
    def __init__(self, y, m, d):
        if not 1 <= m <= 12:
            raise ValueError(f"bad month {m}")
        super().__init__(y, m, d)

print(Date.from_string("2024-02-29"))
print(Date.epoch())
print(StrictDate.from_string("1999-12-31"))
print(StrictDate.epoch())
try:
    StrictDate.from_string("2000-13-01")
except ValueError as e:
    print("ValueError:", e)
print([y for y in range(1896, 1910) if Date.is_leap(y)])
d = Date(2000, 1, 1)
print(d.is_leap(2000), d.is_leap(1900))
print(d.from_string("2001-2-3"))
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["epoch"]).__name__)
f = Date.is_leap
print(f(2024))
