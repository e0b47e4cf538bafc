# Generators: generator functions driven by for loops and next(), delegation
# with yield from (nested), generator expressions consumed by sum() and
# list(), and coroutine-style send().
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(n):
    for v in count_up(n):
        if v % 2 == 0:
            yield v


def chain3(n):
    yield from count_up(n)
    yield from evens(n)
    yield from (x * 3 for x in range(n))


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


checksum = 0
for rnd in range(60):
    for v in chain3(5000):
        checksum += v
    checksum += sum(x * x for x in count_up(5000))
    checksum += len(list(y for y in evens(6000) if y % 3))
    checksum += sum(tree(10))
    g = count_up(3000)
    while True:
        try:
            checksum += next(g)
        except StopIteration:
            break
    acc = accumulator()
    next(acc)
    for k in range(4000):
        checksum += acc.send(k) & 255
    acc.close()
print("checksum", checksum)
