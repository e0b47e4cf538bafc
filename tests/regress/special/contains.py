# __contains__, and the fallbacks through __iter__ and __getitem__.
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        print("check", x)
        return self.lo <= x < self.hi

class Evens:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(0, self.n, 2))

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10

r = Range2(1, 5)
print(3 in r, 5 in r, 0 not in r)
print(4 in Evens(10), 5 in Evens(10), 10 in Evens(10))
print(20 in Seq(), 25 in Seq(), 40 in Seq())

class Always:
    def __contains__(self, x):
        return "truthy value"
print(1 in Always(), 1 not in Always())
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)
