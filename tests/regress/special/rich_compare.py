# Rich comparisons and sorted() of instances.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __ge__(self, other):
        return self.parts >= other.parts

vs = [Version(t) for t in ["1.10", "1.2", "0.9.9", "1.2.0", "2.0", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.2"))
print(Version("3") in vs, Version("2.0") in vs, vs.count(Version("1.2")))
print(vs.index(Version("2.0")))
vs.sort()
print(vs)
print(sorted(vs, key=lambda v: -len(v.parts)))
