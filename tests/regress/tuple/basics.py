# Tuple construction, indexing, slicing, immutability, single-element syntax.
empty = ()
one = (1,)
not_tuple = (1)
also_one = 1,
pair = 1, 2
print(empty, one, not_tuple, also_one, pair, type(not_tuple).__name__, type(also_one).__name__)
t = (10, 20, 30, 40, 50)
print(t[0], t[-1], t[1:3], t[::-1], t[::2], t[10:], len(t))
print(t.index(30), t.count(20), (1, 1, 2).count(1), 30 in t, 35 not in t)
print(tuple(), tuple([1, 2]), tuple("abc"), tuple(range(3)), tuple({"k": 1}))
mixed = (1, "two", 3.0, None, [5], (6,))
print(mixed, len(mixed))
mixed[4].append(55)
print(mixed)
try:
    t[0] = 99
except TypeError as e:
    print("TypeError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), () * 5)
print(((1, 2), (3, 4))[1][0], hash((1, 2)) == hash((1, 2)))
