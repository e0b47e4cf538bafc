# Word statistics with a Counter-like class, generators and sorting by keys.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

class Counter(dict):
    def __init__(self, items=()):
        super().__init__()
        for x in items:
            self[x] = self.get(x, 0) + 1

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def __add__(self, other):
        result = Counter()
        for src in (self, other):
            for k, v in src.items():
                result[k] = result.get(k, 0) + v
        return result

def words(text):
    for line in text.splitlines():
        for raw in line.split():
            word = raw.strip(",.").lower()
            if word:
                yield word

c = Counter(words(TEXT))
print(c.most_common(5))
print(len(c), sum(c.values()))
lengths = Counter(len(w) for w in words(TEXT))
print(sorted(lengths.items()))
first = Counter(words(TEXT.splitlines()[0]))
second = Counter(words(TEXT.splitlines()[1]))
both = first + second
print(both.most_common(3), type(both).__name__)
longest = max(words(TEXT), key=lambda w: (len(w), w))
print(longest)
print(sorted({w for w in words(TEXT) if w.startswith("e") or w.startswith("w")}))
letters = Counter(ch for w in words(TEXT) for ch in w)
print("".join(k for k, _ in letters.most_common(6)))
