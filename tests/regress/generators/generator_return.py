# return value in a generator becomes StopIteration.value.
def with_result(items):
    total = 0
    for x in items:
        total += x
        yield x
    return total

g = with_result([1, 2, 3])
for v in g:
    print("value", v)
try:
    next(g)
except StopIteration as e:
    print("value after end:", e.value)

g = with_result([10, 20])
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration.value =", e.value, "args =", e.args)

def no_result():
    yield 1
g = no_result()
next(g)
try:
    next(g)
except StopIteration as e:
    print("no return value:", e.value, e.args)

def early_exit(limit):
    n = 0
    while True:
        if n >= limit:
            return f"stopped at {n}"
        yield n
        n += 1
g = early_exit(2)
print(list(g))
g = early_exit(0)
try:
    next(g)
except StopIteration as e:
    print(e.value)
