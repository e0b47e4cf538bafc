# The two-argument form super(C, self), and skipping a level on purpose.
class Base:
    def greet(self):
        return "Base"

class Mid(Base):
    def greet(self):
        return "Mid>" + super(Mid, self).greet()

class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super(Leaf, self).greet()

    def skip_mid(self):
        return super(Mid, self).greet()

obj = Leaf()
print(obj.greet())
print(obj.skip_mid())
print(super(Leaf, obj).greet())
print(super(Mid, obj).greet())

class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k=1):
        self.n += k
        return self.n

class LoudCounter(Counter):
    def __init__(self):
        super(LoudCounter, self).__init__()
        self.log = []

    def bump(self, k=1):
        value = super(LoudCounter, self).bump(k)
        self.log.append(value)
        return value

c = LoudCounter()
for k in (1, 2, 3):
    c.bump(k)
print(c.n, c.log)
