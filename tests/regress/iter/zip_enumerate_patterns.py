# Common iteration idioms: pairwise, windows, parallel lists, index tracking.
seq = [3, 8, 2, 9, 4]
print([b - a for a, b in zip(seq, seq[1:])])
print([seq[i:i + 3] for i in range(len(seq) - 2)])
names = ["ann", "bob", "cy"]
scores = [90, 85, 77]
for rank, (name, score) in enumerate(zip(names, scores), start=1):
    print(f"{rank}. {name:<4}{score:>4}")
print(max(zip(scores, names)), min(enumerate(seq), key=lambda p: p[1]))
print([i for i, v in enumerate(seq) if v > 3])
print(dict(enumerate("abc")), dict(zip(names, scores)))
keys, values = zip(*{"x": 1, "y": 2}.items())
print(keys, values)
print(list(zip(*[[1, 2, 3], [4, 5, 6], [7, 8, 9]])))
flat = [v for pair in zip("ace", "bdf") for v in pair]
print("".join(flat))
print(list(zip(range(3), reversed(range(3)))))
running = []
total = 0
for v in seq:
    total += v
    running.append(total)
print(running)
evens = seq[::2]
odds = seq[1::2]
print(evens, odds, [x for pair in zip(evens, odds) for x in pair])
