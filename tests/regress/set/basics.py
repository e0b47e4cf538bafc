# Set creation, membership, add/remove/discard, small-int display order.
s = {3, 1, 2}
print(s, len(s))
s.add(10)
s.add(1)
print(s)
s.remove(10)
s.discard(99)
s.discard(3)
print(s)
print(set(), set([5, 5, 4]), set(range(8)), set((9, 8, 7)), {0, -1, 2})
print(2 in s, 3 in s, 3 not in s)
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("mississippi")))
dup = [4, 1, 4, 2, 1, 9, 2]
print(len(set(dup)), sorted(set(dup)))
unique_in_order = []
seen = set()
for x in dup:
    if x not in seen:
        seen.add(x)
        unique_in_order.append(x)
print(unique_in_order, seen)
p = {7, 8}
print(p.pop() in (7, 8), len(p))
p.clear()
print(p, bool(p), bool({0}))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print({1, 2} == {2, 1}, {1} != {1.0}, {True, 1, 1.0}, len({0, False, 0.0}))
c = s.copy()
c.add(100)
print(s, c)
