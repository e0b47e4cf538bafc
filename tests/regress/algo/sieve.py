# Sieve of Eratosthenes, prime counting and twin primes.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]

primes = sieve(10000)
print(len(primes), primes[:15], primes[-3:])
print(sum(primes))
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print(len(twins), twins[:5], twins[-1])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items())[:8])
pset = set(primes)
goldbach = {}
for n in range(4, 60, 2):
    for p in primes:
        if n - p in pset:
            goldbach[n] = (p, n - p)
            break
print(goldbach)
