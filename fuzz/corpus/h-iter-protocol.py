class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x for x in Count(2)], dict(zip(Count(2), "ab")))
it = iter(Count(5).__next__, 3)
print(list(it))
r = range(10, 0, -3)
print(list(r), r[1], len(r), 4 in r, r[::-1] if 0 else 0, list(reversed(r)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
m = map(int, "123")
print(next(m), list(m), list(m))
print(sorted({3: "a", 1: "b"}.items(), key=lambda kv: kv[1], reverse=True))
