# __getitem__ receiving slice objects and negative indexes.
class Line:
    def __init__(self, *words):
        self.words = list(words)

    def __len__(self):
        return len(self.words)

    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step)
            return Line(*self.words[key])
        if isinstance(key, int):
            return self.words[key]
        raise TypeError(f"bad key type {type(key).__name__}")

    def __repr__(self):
        return "Line(" + " ".join(self.words) + ")"

ln = Line("the", "quick", "brown", "fox", "jumps")
print(ln[0], ln[-1], len(ln))
print(ln[1:3])
print(ln[::2])
print(ln[:-2])
print(ln[::-1])
try:
    ln["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    ln[10]
except IndexError as e:
    print("IndexError:", e)
s = slice(1, None, 2)
print(ln[s], s.start, s.stop, s.step)
