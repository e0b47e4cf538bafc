# Without __eq__ instances compare by identity and are hashable.
class Token:
    def __init__(self, text):
        self.text = text

a = Token("x")
b = Token("x")
c = a
print(a == b, a == c, a != b, a is c)
seen = {a, b, c}
print(len(seen))
d = {a: 1, b: 2}
d[c] = 3
print(len(d), d[a], d[b])
print(a in [b], a in [b, c], [a, b].index(c))
print([a, b].count(b))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([a, b])
except TypeError as e:
    print("TypeError:", e)
print(sorted([b, a], key=lambda t: t.text)[0] is b)
print(a == "x", "x" == a, a != None)
