# Infinite generators cut by hand (break, counters, next()).
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def cycle(items):
    while True:
        for it in items:
            yield it

first = []
for p in primes():
    if p > 50:
        break
    first.append(p)
print(first)
g = naturals(10)
print([next(g) for _ in range(5)])
c = cycle("abc")
print("".join(next(c) for _ in range(8)))

def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

print(take(6, (x * x for x in naturals())))
print(take(4, primes()), take(0, naturals()))

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))
