# Nested generator expressions, conditions, and lazy evaluation.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(x for row in matrix for x in row if x % 2 == 0))
print(list(sum(row) for row in matrix))
print(list(list(row[i] for row in matrix) for i in range(3)))
pairs = ((a, b) for a in range(4) for b in range(a) if (a + b) % 2)
print(list(pairs))

def noisy(seq):
    for x in seq:
        print("produce", x)
        yield x

lazy = (x * 10 for x in noisy([1, 2, 3]))
print("nothing produced yet")
print(next(lazy))
print(list(lazy))

total = sum(x for x in (y * y for y in range(5)) if x > 3)
print(total)

# the first iterable is evaluated immediately, the rest lazily
n = 3
g = (i * n for i in range(n))
n = 10
print(list(g))
words = ["ab", "cde", "f"]
print(list((w, c) for w in words if len(w) > 1 for c in w))
print(dict((k, list(v for v in range(k))) for k in range(4)))
