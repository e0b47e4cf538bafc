# Which values can be keys; numeric key equivalence; int-keyed dicts.
d = {}
d[1] = "int one"
d[1.0] = "float one overwrites"
d[True] = "bool overwrites too"
print(d, len(d))
d2 = {0: "zero", False: "false", 0.0: "float"}
print(d2)
print({-1: "a", -2: "b"}[-1], {10 ** 20: "big"}[10 ** 20], {(1, (2, 3)): "nested"}[(1, (2, 3))])
sparse = {}
for i in range(0, 1000, 97):
    sparse[i] = i // 97
print(sparse)
print({"": "empty key", " ": "space"}[""], {None: 0}[None])
neg = {n: n * n for n in range(-3, 4)}
print(neg)
big = {}
for i in range(2000):
    big[i] = str(i)
for i in range(0, 2000, 2):
    del big[i]
print(len(big), big[1999], list(big)[:5], 1000 in big, 1001 in big)
for bad in ([1], {1: 2}, {3}):
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)
