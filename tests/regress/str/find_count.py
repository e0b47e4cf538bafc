# Searching: find, rfind, index, rindex, count, startswith, endswith, in.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""))
print(s.find("o", 20, 30), s.rfind("o", 0, 20), s.find("dog", -3), s.find("dog", -10))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abc".count("", 1))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith("lazy", 0, -4))
print(s.startswith(("a", "t")), s.endswith(("cat", "dog")), "".startswith(""))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zebra")
except ValueError as e:
    print("ValueError:", e)

def find_all(text, sub):
    out = []
    i = text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out
print(find_all(s, "o"), find_all("banana", "ana"), find_all("abc", "x"))
print("x" in s, "jumps" in s, s.lower().count("t"))
