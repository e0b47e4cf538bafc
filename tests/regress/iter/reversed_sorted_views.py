# reversed() and sorted() over lists, ranges, strings, dicts and dict views.
d = {"b": 2, "a": 1, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(sorted(d), sorted(d.values()), sorted(d.items()), sorted(d, key=d.get, reverse=True))
print(list(reversed(range(2, 12, 3))), list(reversed("abc")), list(reversed((1, 2, 3))))
print(sorted("Banana"), sorted("Banana", key=str.lower), sorted(range(5), reverse=True))
for i in reversed(range(3)):
    print("countdown", i)
lst = [1, 2, 3]
r = reversed(lst)
lst.append(4)
print(list(r))
print(sorted([[3, 1], [2], [2, 0]]), sorted([(1, "b"), (1, "a")], key=lambda t: t[1]))
nums = [5, 3, 8, 1]
for i, v in enumerate(reversed(nums)):
    print(i, v)
print(list(reversed(sorted(nums))), sorted(reversed(nums)), sorted(nums)[::-1])
print(sorted(d.items(), key=lambda kv: -kv[1])[0], list(reversed(list(enumerate("ab")))))
