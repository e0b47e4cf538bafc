# List comprehensions: filters, nesting, conditional values, flattening.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(8)])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([row[i] for i, row in enumerate(matrix)])
print([[row[c] for row in matrix] for c in range(3)])
words = ["apple", "Banana", "cherry", "date"]
print([w.upper() for w in words if len(w) > 4])
print([len(w) for w in words])
print([c for w in words for c in w if c in "aeiou"])
print([(i, w) for i, w in enumerate(words) if i % 2 == 0])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([n for n in range(2, 40) if all([n % d for d in range(2, n)])])
print([[]for _ in range(3)], [0 for _ in []])
print([(lambda k: k * 2)(x) for x in "ab"])
text = "the cat sat on the mat"
print([w for w in text.split() if w.startswith(("c", "m", "s"))])
print(sorted([w[::-1] for w in set(text.split())]))
grid = [[(r, c) for c in range(2)] for r in range(2)]
print(grid)
