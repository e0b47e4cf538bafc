# Tuple packing and unpacking: returns, swaps, loops, nested, starred.
def divide(a, b):
    return a // b, a % b

q, r = divide(17, 5)
print(q, r)
result = divide(20, 6)
print(result, type(result).__name__)
x, y = 1, 2
x, y = y, x
print(x, y)
point = (3, 4)
px, py = point
print(px, py, (px ** 2 + py ** 2) ** 0.5)
people = [("ann", 30), ("bob", 25)]
for name, age in people:
    print(f"{name}: {age}")
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
first, *middle, last = (1, 2, 3, 4, 5)
print(first, middle, last, type(middle).__name__)
records = [(1, ("x", "y")), (2, ("z", "w"))]
for n, (s1, s2) in records:
    print(n, s1 + s2)
def stats(*values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats(4, 8, 15, 16, 23, 42)
print(lo, hi, mean)
coords = [(0, 0), (1, 2), (3, 1)]
xs, ys = zip(*coords)
print(xs, ys)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
