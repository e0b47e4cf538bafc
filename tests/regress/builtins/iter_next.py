# iter() and next(), with and without a default; exhausted iterators.
it = iter([1, 2, 3])
print(next(it), next(it), next(it))
print(next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

s = iter("hey")
print(list(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), next(d), next(d, "end"))
t = iter((5,))
print(next(t), next(t, 0))
r = iter(range(3))
print([next(r) for _ in range(3)], next(r, -1))
st = iter({7})
print(next(st), next(st, "empty"))
it = iter([1, 2, 3, 4, 5])
for x in it:
    if x == 2:
        print("skip", next(it))
    else:
        print("got", x)
a = iter([1, 2])
print(iter(a) is a)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
