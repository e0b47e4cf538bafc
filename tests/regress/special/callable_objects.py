# __call__: objects used as functions, with state.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return f"call {self.calls}: args={args} kwargs={sorted(kwargs.items())}"

add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(-10)))
c = Counter()
print(c())
print(c(1, 2))
print(c(x=1, y=2))
print(c.calls)

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), len(fib.cache), type(fib).__name__)
pipeline = [Adder(1), Adder(10), abs, Adder(-100)]
value = -50
for step in pipeline:
    value = step(value)
print(value)
try:
    Adder(1)(1, 2)
except TypeError as e:
    print("TypeError")
