# List, set and dict comprehensions side by side, with nested conditions.
data = [("alice", 31, "oslo"), ("bob", 25, "rome"), ("cy", 35, "oslo"), ("dee", 28, "lima")]
print([name for name, age, _ in data if age > 26])
print(sorted({city for _, _, city in data}))
print({name: age for name, age, _ in data if "o" in name or age > 30})
print({city: [n for n, _, c in data if c == city] for city in sorted({c for _, _, c in data})})
print([[n for n in range(r)] for r in range(4)])
print([(x, y) for x in range(4) if x % 2 for y in range(4) if y > x])
print([word[0].upper() + word[1:] for word in "make each word capital".split()])
print([c for c in "Hello World" if c.isupper()] + [c for c in "Hello World" if c.islower()][:3])
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
print([sum(row) for row in [[1, 2], [3, 4, 5], []]])
print([v for v in [0, 1, None, "", "a", [], [0]] if v])
matrix = [[1, 2], [3, 4], [5, 6]]
print([[row[i] for row in matrix] for i in range(2)])
print([x * y for x, y in zip(range(5), range(5, 10))])
print({x for x in range(30) if x % 3 == 0 and x % 5 == 0})
