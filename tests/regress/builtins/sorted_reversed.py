# sorted (stable, key, reverse) and reversed on several types.
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
print(sorted([2.5, 1, -3, 0.0]), sorted(["b", "B", "a", "A"]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(pairs, key=lambda p: p[1]))            # stable
print(sorted(pairs, key=lambda p: p[1], reverse=True))  # still stable
print(sorted([], reverse=True), sorted(range(5), key=lambda n: -n))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed([])))
r = reversed([10, 20, 30])
print(next(r), next(r), list(r))
print("".join(reversed("stressed")))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
