# Set algebra: union, intersection, difference, symmetric difference, subsets.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11], (12,)), a.intersection(range(3, 10)), a.difference([1], [2]))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {9} <= a)
print({1, 2}.issubset(a), a.issuperset({5}), a.isdisjoint(b), {0}.isdisjoint(b))
c = set(a)
c |= {100}
c &= {1, 2, 100, 200}
print(c)
c -= {1}
c ^= {2, 3}
print(c)
d = {1, 2, 3}
d.update([4], {5, 6})
d.intersection_update({1, 2, 3, 4, 5})
d.difference_update({1})
d.symmetric_difference_update({5, 9})
print(d)
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(evens & threes, sorted(evens ^ threes))
print(set() | set(), {1} & set(), set() - {1})
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
