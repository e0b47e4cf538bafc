# __bool__ and the __len__ truthiness fallback.
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("Flag.__bool__")
        return self.on

class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"Bag({self.items})"

class Plain:
    pass

print(bool(Flag(True)), bool(Flag(False)))
if Flag(False):
    print("unreachable")
else:
    print("flag false")
print("yes" if Flag(True) else "no")
print(not Flag(True))
print(bool(Bag([])), bool(Bag([0])), len(Bag("abc")))
b = Bag([])
while not b:
    b.items.append("x")
print(b.items)
print(bool(Plain()))
print(Flag(False) or "fallback", Bag([]) and "unreached", Bag([1]) and "reached")
print([x for x in [Bag([]), Bag([1, 2])] if x].__len__())
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
