l = list(range(10))
l[2:5] = ["a", "b", "c"]
del l[::3]
l.insert(0, "z"); l.extend((7, 8)); l.remove(7)
print(l, l.index("c"), l.pop(), l.pop(0), l[-1], l * 2 == l + l, l.count(8))
t = (1, 2, (3, 4))
a, *b, (c, d) = t
print(a, b, c, d, t + (5,), t[1:], t.index(2), len(t), hash(t) == hash((1, 2, (3, 4))))
d = {"x": 1, "y": 2}
d.update(z=3); d.setdefault("w", []).append(1)
print(d, d.get("q", 0), d.pop("x"), list(d.items()), "y" in d, d.keys() & {"y", "q"})
s = {1, 2, 3}
s |= {4}; s -= {1}; s ^= {9, 2}
print(sorted(s), s & {3, 4}, frozenset(s) == s, {1, 2} < {1, 2, 3}, s.isdisjoint({100}))
print(list(reversed(l)), sorted(d, key=len), list(zip(*[[1, 2], [3, 4]])), list(enumerate("ab", 1)))
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m, [row[1] for row in m], any(m[1]), all([]), dict.fromkeys("ab", 0))
