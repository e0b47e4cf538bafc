# Dict comprehensions and building dicts from other data.
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
words = ["apple", "bob", "civic", "dog", "apple"]
print({w: len(w) for w in words})
print({w: w == w[::-1] for w in words})
print({c: [w for w in words if w[0] == c] for c in "abz"})
print(dict(zip(["x", "y", "z"], range(3))))
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
text = "the rain in spain stays mainly in the plain"
lengths = {}
for w in text.split():
    lengths.setdefault(len(w), []).append(w)
print(lengths)
print({k: sorted(set(v)) for k, v in sorted(lengths.items())})
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print({str(i): i for i in range(3)}, {i % 3: i for i in range(10)})
