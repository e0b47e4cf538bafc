# List operations: append, index, slicing, sort, comprehensions, reversal.
checksum = 0
for rnd in range(40):
    lst = []
    for i in range(5000):
        lst.append((i * 7919 + rnd) % 10007)
    checksum += lst[len(lst) // 2] + lst[-1]
    s = sorted(lst)
    checksum += s[0] + s[-1] + s[2500]
    lst.sort(reverse=True)
    checksum += lst[10]
    squares = [x * x for x in lst if x % 3 == 0]
    checksum += len(squares) + squares[5] % 1000
    sl = lst[100:4000:7]
    checksum += len(sl) + sl[-1]
    rev = lst[::-1]
    checksum += rev[0] + lst.index(rev[0])
    pairs = [(x, i) for i, x in enumerate(lst[:1000])]
    pairs.sort()
    checksum += pairs[0][1] + pairs[-1][1]
    nested = [[i, i + 1] for i in range(1000)]
    flat = [v for pair in nested for v in pair]
    checksum += sum(flat) % 100000
    while len(lst) > 4000:
        lst.pop()
    lst.insert(0, 5)
    lst.extend(range(100))
    del lst[10:20]
    checksum += len(lst) + lst.count(5) + (123 in lst)
print("checksum", checksum)
