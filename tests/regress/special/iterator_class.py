# Iterator classes with __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)

class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c))
print(list(c), list(c))
print(next(c, "exhausted"))
try:
    next(c)
except StopIteration:
    print("StopIteration")
f = Fib(50)
print(list(f))
print(list(f), sum(f))        # a fresh iterator each time
print([(a, b) for a in Countdown(2) for b in Countdown(2)])
print(dict(zip("abc", Countdown(3))))
it = iter(f)
print(it is iter(it), next(it), next(it), next(it))
print(sorted(Countdown(4)), min(Fib(10)), max(Countdown(7)))
