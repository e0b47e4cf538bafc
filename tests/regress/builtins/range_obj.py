# range: arguments, negative steps, indexing, slicing, membership, len.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))
print(list(range(5, 0, -1)), list(range(5, 0, -2)), list(range(0)), list(range(3, 3)))
print(list(range(-3, 3)), list(range(10, 0)), list(range(-1, -10, -4)))
r = range(10, 50, 7)
print(r, len(r), r[0], r[-1], r[2], list(r))
print(r[1:3], list(r[1:3]), r[::-1], list(r[::2]))
print(20 in r, 24 in r, 17 in r, r.index(24), r.count(31))
print(range(5) == range(0, 5), range(0) == range(5, 2), range(1, 2) == range(1, 3))
print(repr(range(0, 5, 1)), str(range(3)), range(1, 10, 2))
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(1, 101, 2)))
