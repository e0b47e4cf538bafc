class V:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __add__(self, o):
        return V(*[a + b for a, b in zip(self.xs, o.xs)])
    def __mul__(self, k):
        return V(*[a * k for a in self.xs])
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __bool__(self):
        return any(self.xs)
    def __call__(self, *a, **k):
        return a, k
    def __str__(self):
        return "V" + str(tuple(self.xs))
    def __getattr__(self, name):
        return name.upper()
    def __del__(self):
        pass
v = V(1, 2, 3)
w = 2 * v + -v
w[0] = 9
print(w, len(w), w[1:], 3 in w, list(w), bool(V(0)), v(1, k=2), v.missing)
print(sorted([V(3), V(1)], key=lambda q: q[0])[0], max(V(5, 1)), hasattr(v, "anything"))
