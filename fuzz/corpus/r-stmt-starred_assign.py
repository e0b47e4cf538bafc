# Starred targets in assignment and starred expressions in displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
head, *tail = (9,)
print(head, tail)
(x, *ys), w = [1, 2, 3], 4
print(x, ys, w)
for a, *b in [(1, 2, 3), (4,), (5, 6)]:
    print(a, b)

l1 = [1, 2]
l2 = (3, 4)
print([*l1, *l2, 5])
print((*l1, *"ab"))
print({*l1, *l2, 1})
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2, "d": 5})
print({**d2, **d1})
print(*l1, *l2, sep="-")
print(*"abc")
print(*[])
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]])
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
