# Generator expressions (no yield statements): lazy, single-use, fed to builtins.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print(", ".join(str(n) for n in range(5)))
print(list(x for x in "abc"), tuple(i * 2 for i in range(3)), sorted(-i for i in range(4)))
print(dict((k, len(k)) for k in ["aa", "b"]), set(n % 3 for n in range(10)))
g = (n * n for n in range(4))
print(next(g), next(g), list(g), list(g))
calls = []
def track(n):
    calls.append(n)
    return n
g = (track(n) for n in range(5))
print(calls)
print(next(g), calls)
first_big = next((n for n in range(100) if n * n > 50), None)
print(first_big, next((n for n in [] if n), "none found"))
print(sum(1 for line in "a\nb\nc".splitlines() if line != "b"))
print(type(g).__name__)
nested = sum(sum(row) for row in [[1, 2], [3, 4]])
print(nested)
