# String slicing with positive, negative, omitted bounds and steps.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(s[-1:-4:-1], s[2::-1], s[:2:-1], s[-2::-3])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:2]), s[3:100], repr(s[5:5]))
print(s[0], s[-1], s[len(s) - 1], s[-len(s)])
print(s[1:-1][::-1][1:3])
word = "racecar"
print(word == word[::-1], "python"[::-1], "ab"[::-1] * 2)
print([s[i:i + 3] for i in range(0, len(s), 3)])
h = "héllo wörld"
print(h[1], h[::-1], h[1:4], len(h))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
