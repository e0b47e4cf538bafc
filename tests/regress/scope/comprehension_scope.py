# Comprehensions have their own scope; the loop variable does not leak.
x = "outer x"
squares = [x * x for x in range(5)]
print(squares, x)

i = 100
evens = {i for i in range(10) if i % 2 == 0}
print(sorted(evens), i)
d = {k: k * 2 for k in "ab"}
print(d)
try:
    print(k)
except NameError as e:
    print("NameError:", e)

n = 3
print([n * j for j in range(4)])

def f():
    factor = 10
    return [factor * v for v in range(3)]
print(f())

def g():
    items = [1, 2, 3]
    return [[a * b for b in items] for a in items]
print(g())

funcs = [lambda: y for y in range(3)]
print([fn() for fn in funcs])
offset = 1
print([m + offset for m in [1, 2] if m > offset])
