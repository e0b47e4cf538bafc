# Defining __eq__ without __hash__ makes instances unhashable.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x

print(P(1) == P(1), P(1) == P(2), P(1) != P(1))
print(P.__hash__ is None)
print(P(1) in [P(0), P(1)])
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    d = {}
    d[P(2)] = "two"
except TypeError as e:
    print("TypeError:", e)
try:
    hash(P(3))
except TypeError as e:
    print("TypeError:", e)

class Q(P):
    pass

try:
    hash(Q(1))
except TypeError as e:
    print("TypeError:", e)
s = set()
s.add(P(4))
