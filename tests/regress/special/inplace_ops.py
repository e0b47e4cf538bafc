# __iadd__ and friends, and the fallback to __add__ when missing.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("__add__")
        return Bag(self.items + list(other))

    def __repr__(self):
        return f"Bag({self.items})"

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Num(self.v + other)
    def __imul__(self, k):
        self.v *= k
        return self
    def __repr__(self):
        return f"Num({self.v})"

b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
c = b + [4]
print(c, b, c is b)
n = Num(1)
keep = n
n += 5                   # no __iadd__: uses __add__, rebinds n
print(n, keep, n is keep)
n *= 3
print(n)
items = [Bag(), Bag([9])]
items[0] += ["x"]
print(items)
class Broken:
    def __iadd__(self, other):
        return None
x = Broken()
x += 1
print(x)
