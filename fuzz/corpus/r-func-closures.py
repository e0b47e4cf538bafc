# Closures capture variables, not values; each call makes new cells.
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())

# Late binding: all lambdas see the final i
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
# Default argument captures the current value
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed before call"
    return middle()
print(outer()())

def compose(*fns):
    def run(v):
        for fn in reversed(fns):
            v = fn(v)
        return v
    return run
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper

calls = []
def slow_square(n):
    calls.append(n)
    return n * n
fast = memoize(slow_square)
print([fast(i % 3) for i in range(7)], calls)
