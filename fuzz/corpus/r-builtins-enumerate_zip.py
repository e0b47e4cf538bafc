# enumerate and zip, including start=, unequal lengths and unzipping.
fruits = ["apple", "banana", "cherry"]
for i, f in enumerate(fruits):
    print(i, f)
for i, f in enumerate(fruits, 1):
    print(i, f)
print(list(enumerate("ab", start=-1)))
print(list(enumerate([])))

names = ["a", "b", "c", "d"]
ages = [1, 2, 3]
print(list(zip(names, ages)))
print(list(zip(names, ages, "xyz")))
print(list(zip()), list(zip([1, 2])))
print(dict(zip(names, ages)))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, words = zip(*pairs)
print(nums, words)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
for (i, n), w in zip(enumerate(nums), words):
    print(i, n, w)
e = enumerate("xy")
print(next(e), next(e))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(list(zip(range(3), range(10, 13), range(20, 100))))
