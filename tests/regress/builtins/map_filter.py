# map and filter are lazy iterators.
print(list(map(str, [1, 2, 3])))
print(list(map(len, ["a", "bb", ""])))
print(list(map(int, "1 2 3".split())))
print(list(map(pow, [2, 3, 4], [5, 2])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(filter(None, [0, 1, "", "x", [], [0], None, False, True])))
print(list(filter(str.isdigit, ["1", "a", "22", "3b"])))
print(list(filter(lambda n: n > 2, (1, 5, 2, 8))))

calls = []
def noisy(x):
    calls.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)
print(list(m))
f = filter(lambda x: x % 2, range(10))
print(next(f), next(f), list(f))
print(sum(map(int, "12345")), max(map(abs, [-7, 3])))
print(sorted(map(lambda s: s.upper(), {"b", "a"})))
