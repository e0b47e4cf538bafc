# Printing sets of small ints directly: iteration order follows CPython's
# hash table layout for ints (hash(n) == n, except hash(-1) == -2), which
# ouro mimics.
print({5, 3, 1, 4, 2})
print({100, 10, 1, 1000})
print({-1, -2, 3, 0})
print(set(range(20, 0, -3)))
print({8, 16, 24, 32, 40})
s = set()
for i in [31, 7, 15, 23, 0]:
    s.add(i)
print(s)
s.discard(15)
s.add(64)
print(s)
print({x * 7 % 11 for x in range(11)})
print(list({9, 8, 7}), sorted({9, 8, 7}), tuple({2, 1}))
big = set(range(50))
for i in range(0, 50, 3):
    big.discard(i)
print(big)
print(set([33, 1, 65, 97]))
print({1, 2, 3} | {40, 50}, {7, 8, 9} - {8})
