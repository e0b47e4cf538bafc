# Function call overhead: positional, keyword, defaults, *args, closures, recursion.
def f0():
    return 1

def f2(a, b):
    return a + b

def fkw(a, b=2, *, c=3):
    return a + b + c

def fvar(*args):
    return len(args)

def fkwargs(**kw):
    return len(kw)

def make_adder(n):
    def add(x):
        return x + n
    return add

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))

total = 0
add5 = make_adder(5)
lam = lambda v: v * 2
for i in range(60000):
    total += f0() + f2(i, 1) + fkw(i) + fkw(i, 5, c=1) + fvar(1, 2, 3) + fkwargs(a=1, b=2)
    total += add5(i) + lam(i)
total += ackermann(2, 300)
total += tak(18, 12, 6)
print("checksum", total)
