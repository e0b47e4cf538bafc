# Number theory with plain ints: gcd/lcm, modular inverse, primality, factoring.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a // gcd(a, b) * b

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def modinv(a, m):
    g, x, _ = egcd(a, m)
    return x % m if g == 1 else None

def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out

def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

print(gcd(48, 18), gcd(-48, 18), gcd(0, 0), lcm(4, 6), lcm(21, 6))
l = 1
for k in range(1, 31):
    l = lcm(l, k)
print(l)
print(modinv(3, 11), modinv(10, 17), modinv(6, 9), egcd(240, 46))
print(factor(360), factor(97), factor(2 ** 10 * 3 ** 5 * 101), factor(600851475143))
print([n for n in range(100) if is_prime(n)])
print(is_prime(2 ** 61 - 1), is_prime(2 ** 67 - 1), is_prime(10 ** 18 + 9), is_prime(2 ** 89 - 1))
