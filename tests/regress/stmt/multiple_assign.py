# Chained assignment, tuple unpacking, swaps and nested targets.
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)

p, q = 1, 2
p, q = q, p
print(p, q)
a, b, c = "xyz"
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, b] = [10, 20]
print(a, b)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i + j + k)

# Fibonacci by simultaneous assignment
f0, f1 = 0, 1
for _ in range(10):
    f0, f1 = f1, f0 + f1
print(f0, f1)

# Rotation
a, b, c = 1, 2, 3
a, b, c = b, c, a
print(a, b, c)

lst = [0, 1, 2]
i = 0
i, lst[i] = 1, 99   # targets are assigned left to right
print(i, lst)

d = {}
d["x"], d["y"] = 5, 6
print(d)
single, = [42]
print(single)
(only,) = (7,)
print(only)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
