# is / is not / in / not in for the built-in containers.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None).__name__)
print(2 in a, 5 in a, 5 not in a, not 2 in a)
print("ell" in "hello", "" in "abc", "z" in "abc", "lo" not in "hello")
d = {"x": 1, "y": 2}
print("x" in d, 1 in d, "z" not in d, 1 in d.values())
s = {1, 2, 3}
print(3 in s, 4 in s)
t = (1, "a", None, 2.5)
print(None in t, "a" in t, 2.5 in t, 3 in t)
print(1 in [1.0], 1.0 in {1}, True in [1], 0 in [False])
print([1, 2] in [[1, 2], [3]], (1, 2) in [[1, 2]])
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
nested = [[1, 2], [3, [4, 5]]]
print([4, 5] in nested[1], 4 in nested)
x = []
y = x
x.append(1)
print(y, x is y)
x = x + [2]
print(y, x, x is y)
