# Nested loops: multiplication table, breaking out with a flag, pairs.
for i in range(1, 6):
    row = ""
    for j in range(1, 6):
        row += f"{i * j:4}"
    print(row)

target = 42
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == target:
            found = (a, b)
            break
    if found:
        break
print("found", found)

pairs = []
for i in range(4):
    for j in range(i + 1, 4):
        pairs.append((i, j))
print(pairs, len(pairs))

# Pythagorean triples
triples = []
for c in range(1, 30):
    for b in range(1, c):
        for a in range(1, b):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
total = 0
for row in matrix:
    for v in row:
        if v % 2 == 0:
            continue
        total += v
print("sum of odd:", total)
transposed = []
for c in range(3):
    transposed.append([matrix[r][c] for r in range(3)])
print(transposed)
