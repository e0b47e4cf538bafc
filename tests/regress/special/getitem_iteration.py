# Iteration through the old __getitem__ protocol (IndexError ends it).
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i

class Letters:
    def __init__(self, text):
        self.text = text
    def __getitem__(self, i):
        return self.text[i].upper()
    def __len__(self):
        return len(self.text)

for x in Squares(4):
    print(x, end=" ")
print()
print(list(Squares(6)), sum(Squares(5)), max(Squares(3)))
print(list(Letters("abc")), "".join(Letters("hey")))
print(sorted(Letters("ouro")), len(Letters("ouro")))
print(list(enumerate(Squares(3))), list(zip(Squares(3), Letters("xyz"))))
it = iter(Squares(2))
print(next(it), next(it), next(it, "end"))
a, b, c = Squares(3)
print(a, b, c)
print(Letters("abc")[-1], Squares(10)[7])
print(list(reversed(Letters("abc"))))
print(tuple(x for x in Squares(7) if x % 2))
