# Dict operations with str and int keys: insert, lookup, update, iterate, delete.
keys = ["key%d" % i for i in range(2000)]
checksum = 0
for rnd in range(30):
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
    for k in keys:
        checksum += d[k]
    for k in keys[::3]:
        d[k] += 1
    checksum += sum(d.values()) + len(d)
    ints = {}
    for i in range(4000):
        ints[i * 31 % 5003] = i
    for i in range(0, 5003, 2):
        if i in ints:
            checksum += ints[i]
    checksum += ints.get(-1, 7) + ints.get(31, 0)
    merged = dict(d)
    merged.update({"extra%d" % j: j for j in range(200)})
    for k, v in merged.items():
        if v % 100 == 0:
            checksum += len(k)
    for k in keys[:500]:
        del merged[k]
    checksum += len(merged) + len(list(merged.keys())) + ("key600" in merged)
    counts = {}
    for w in keys:
        c = w[-1]
        counts[c] = counts.get(c, 0) + 1
    checksum += counts["7"] + len(counts)
    memo = {}
    for i in range(2000):
        memo.setdefault(i % 97, []).append(i)
    checksum += len(memo[5])
print("checksum", checksum)
