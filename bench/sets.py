# Set operations: build, membership, add/discard, algebra, comprehensions.
checksum = 0
words = ["w%d" % i for i in range(3000)]
for rnd in range(25):
    a = set()
    for i in range(6000):
        a.add(i * 7 % 9001)
    b = {i * 11 % 9001 for i in range(6000)}
    checksum += len(a) + len(b) + len(a & b) + len(a | b) + len(a - b) + len(a ^ b)
    hits = 0
    for i in range(0, 9001, 3):
        if i in a:
            hits += 1
    checksum += hits
    for i in range(0, 9001, 5):
        a.discard(i)
    checksum += len(a)
    s = set(words)
    t = {w for w in words if w.endswith("7")}
    checksum += len(s - t) + len(t) + ("w77" in t) + ("nope" in s)
    u = s.copy()
    u.difference_update(t)
    u.update(["x%d" % i for i in range(100)])
    checksum += len(u) + u.issuperset(t) + t.issubset(s)
    seen = set()
    dups = 0
    for i in range(5000):
        v = (i * i) % 1009
        if v in seen:
            dups += 1
        else:
            seen.add(v)
    checksum += dups
print("checksum", checksum)
