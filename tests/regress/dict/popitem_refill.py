# popitem followed by inserts, many times over: the dict must keep finding
# free slots (a lookup for a missing key must end).
d = {}
for i in range(1000):
    d[i] = i
    d.popitem()
print(len(d), 5 in d)
d = {k: k for k in range(8)}
for i in range(5000):
    k, v = d.popitem()
    d[k + 8] = v
print(len(d), sorted(d.values()) == list(range(8)), min(d) >= 5000)
