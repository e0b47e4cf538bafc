# for loops over every iterable type, with break/continue/else.
for ch in "abc":
    print(ch, end=" ")
print()
for x in [1, 2, 3]:
    print(x * x, end=" ")
print()
for t in (10, 20):
    print(t, end=" ")
print()
for k in {"one": 1, "two": 2}:
    print(k, end=" ")
print()
for k, v in {"one": 1, "two": 2}.items():
    print(k, "=", v, end="; ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for n in sorted({5, 3, 9}):
    print(n, end=" ")
print()

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

for i in range(6):
    if i % 2:
        continue
    print("even", i)
else:
    print("loop done")

for i in []:
    print("never")
else:
    print("empty loop else")

# The loop variable keeps its last value
for last in range(4):
    pass
print("last =", last)

# Mutating the list while iterating over a copy
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)

for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
