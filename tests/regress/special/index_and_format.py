# __index__ (used by slicing, range, bin) and __format__ with f-strings.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], data[::Idx(3)])
print(list(range(Idx(4))), bin(Idx(5)), hex(Idx(255)), "ab" * Idx(3))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents // 100}$"
        text = f"{self.cents / 100:.2f}"
        return format(text, spec) if spec else text
    def __str__(self):
        return "Money"

m = Money(12345)
print(f"{m}", f"{m:short}", f"[{m:>10}]", format(m, "<8") + "|")
print("{} {:short}".format(m, m), str(m))

class Temp:
    def __init__(self, c):
        self.c = c
    def __int__(self):
        return int(self.c)
    def __float__(self):
        return float(self.c)

t = Temp(21.7)
print(int(t), float(t), round(float(t)))
