# Default argument values: evaluation time, mutable defaults, None idiom.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

# Defaults are evaluated once, when the def runs
counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), show(5))

# The mutable default trap
def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_bad(1), append_bad(2), append_bad(3, []))
print(append_bad(4))

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_good(1), append_good(2))

def f(a, b=2, *, c=3, d):
    return (a, b, c, d)
print(f(1, d=4), f(1, 5, d=6, c=7))

def power(base, exp=2):
    return base ** exp
print([power(i) for i in range(5)], power(2, 10), power(exp=3, base=3))
