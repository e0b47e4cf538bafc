# Generators combined with zip, enumerate, map, filter, and reversed lists.
def squares(n):
    for i in range(n):
        yield i * i

def names():
    yield "zero"
    yield "one"
    yield "two"
    yield "three"

print(list(zip(names(), squares(10))))
print(list(enumerate(names(), 1)))
print(list(map(lambda s: s.upper(), names())))
print(list(filter(lambda x: x % 2, squares(8))))
print(list(reversed(list(squares(4)))))
print(dict(zip(names(), squares(4))))
print(list(map(lambda a, b: a + b, squares(3), squares(5))))
for i, (name, sq) in enumerate(zip(names(), squares(3))):
    print(i, name, sq)
a, b, *rest = squares(6)
print(a, b, rest)
print(*names(), sep=", ")
print(sorted(names(), key=len), len(list(names())))
print(list(zip(*[squares(3), squares(3)])))
print(max(enumerate(squares(5)), key=lambda p: p[1]))
