# Generator local state survives between next() calls; independent instances.
def counter(name):
    count = 0
    history = []
    while True:
        count += 1
        history.append(count)
        yield f"{name}:{count} {history}"

a = counter("a")
b = counter("b")
print(next(a))
print(next(a))
print(next(b))
print(next(a))

def fib():
    x, y = 0, 1
    while True:
        yield x
        x, y = y, x + y

f = fib()
print([next(f) for _ in range(10)])
print([next(f) for _ in range(3)])

def running(items):
    total = 0
    for i, x in enumerate(items):
        total += x
        yield i, total, total / (i + 1)
for i, t, avg in running([4, 8, 6, 2]):
    print(i, t, avg)

def scoped():
    x = 1
    def inner():
        return x * 10
    yield inner()
    x = 2
    yield inner()
print(list(scoped()))
