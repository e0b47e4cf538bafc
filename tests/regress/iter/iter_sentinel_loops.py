# Loops driven by next() with defaults, manual iteration, chained iterators.
def chain(*iterables):
    out = []
    for it in iterables:
        for x in it:
            out.append(x)
    return out

print(chain([1, 2], "ab", range(2), {"k": 0}, (None,)))
lines = iter(["header", "row 1", "row 2", "", "footer"])
header = next(lines)
rows = []
for line in lines:
    if not line:
        break
    rows.append(line)
print(header, rows, next(lines, "no more"), next(lines, "no more"))
def take(n, iterable):
    it = iter(iterable)
    out = []
    for _ in range(n):
        v = next(it, None)
        if v is None:
            break
        out.append(v)
    return out
print(take(3, range(10)), take(5, "ab"), take(0, [1]))
def batched(items, size):
    it = iter(items)
    batches = []
    while True:
        batch = take(size, it)
        if not batch:
            return batches
        batches.append(batch)
print(batched(range(7), 3), batched([], 2))
counter = iter(range(1, 4))
print([next(counter) * 10 for _ in range(3)], next(counter, "stop"))
