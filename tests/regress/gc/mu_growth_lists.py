# A million iterations of short-lived lists, tuples and dicts.
total = 0
for i in range(1000000):
    l = [i, i + 1]
    t = (l, i)
    d = {'a': t}
    total += d['a'][0][1]
print(total)
