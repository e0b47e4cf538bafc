# NotImplemented from comparisons: reflection and the final TypeError.
LOUD = True

class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{self.v}m"

    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.v == other.v
        if isinstance(other, (int, float)):
            return self.v == other
        return NotImplemented

    def __lt__(self, other):
        if LOUD:
            print("Meters.__lt__", self, other)
        if isinstance(other, Meters):
            return self.v < other.v
        if isinstance(other, (int, float)):
            return self.v < other
        return NotImplemented

    def __gt__(self, other):
        if LOUD:
            print("Meters.__gt__", self, other)
        if isinstance(other, Meters):
            return self.v > other.v
        if isinstance(other, (int, float)):
            return self.v > other
        return NotImplemented

m = Meters(5)
print(m == 5, 5 == m, m == Meters(5), m != 6, m == "5")
print(m < 10)
print(3 < m)        # int.__lt__ gives NotImplemented, so Meters.__gt__ runs
print(m > Meters(1))
try:
    m < "x"
except TypeError as e:
    print("TypeError:", e)
try:
    m <= 3
except TypeError as e:
    print("TypeError:", e)
LOUD = False       # how many comparisons sorted() makes is not the point here
print(sorted([Meters(3), Meters(1), Meters(2)]))
