# Building strings: concatenation in loops, join, multiplication, immutability.
out = ""
for i in range(5):
    out += str(i)
print(out)
parts = []
for word in ["build", "with", "join"]:
    parts.append(word.upper())
print(" ".join(parts))
line = "=" * 10
print(line, len(line))
s = "abc"
t = s
s += "def"
print(s, t)
rows = []
for r in range(1, 4):
    rows.append(" ".join(["*"] * r))
print("\n".join(rows))
acc = ""
for ch in "hello":
    acc = ch + acc
print(acc)
big = "".join([chr(ord("a") + i % 26) for i in range(100)])
print(len(big), big[:30], big[-5:])
print("ab" * 0 == "", "-" * -1 == "", ("x" * 3) * 2)
number = 1234567
s = str(number)
groups = []
while s:
    groups.insert(0, s[-3:])
    s = s[:-3]
print(",".join(groups))
