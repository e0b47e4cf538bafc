# Lambdas with sorted/min/max keys, map/filter and immediate calls.
words = ["banana", "Apple", "cherry", "date", "fig", "Elderberry"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1], reverse=True))
print(min(words, key=len), max(words, key=len))

people = [("alice", 31), ("bob", 25), ("carol", 31), ("dave", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))

square = lambda x: x * x
print(square(12), (lambda a, b=3: a * b)(4), (lambda *a: len(a))(1, 2, 3))
print(list(map(lambda x: x * 2, range(5))))
print(list(filter(lambda x: x % 3 == 0, range(20))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](7, 3) for o in "+-*"])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda: "no args")())
f = lambda x: x
print(f.__name__)
