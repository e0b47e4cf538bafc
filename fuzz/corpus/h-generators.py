def gen(n):
    for i in range(n):
        got = yield i
        if got:
            yield got * 10
    return "done"

g = gen(3)
print(next(g), g.send(5), next(g), list(g))

def deleg():
    r = yield from gen(2)
    print("returned", r)
    yield -1
print(list(deleg()))

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
g = fin(); next(g); g.close()
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
print([next(c) for _ in range(5)])
print(sum(x for x in gen(4) if x % 2))
