# Converting big ints to and from decimal strings; repr, formatting, digits.
n = 1234567890123456789012345678901234567890
print(n, repr(n), str(n), len(str(n)))
print(str(-n), int(str(n)) == n, int(str(-n)) == -n)
print(f"{n:,}", f"{n:>50}|", f"{n:x}", f"{-n:_}")
print("%d" % n, "{}".format(n), format(n, "e"), float(n))
digits = [int(c) for c in str(2 ** 333)]
print(sum(digits), digits[:5], digits[-5:])
print(str(10 ** 100)[:3], len(str(10 ** 100)), str(10 ** 100 - 1).count("9"))
print(int("9" * 100) + 1 == 10 ** 100)
fib = [0, 1]
while len(fib) < 200:
    fib.append(fib[-1] + fib[-2])
print(fib[-1])
print(len(str(fib[-1])), fib[150] % 1000000007)
def collatz_steps_big(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(collatz_steps_big(2 ** 100 + 1))
