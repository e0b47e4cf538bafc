# Fibonacci three ways: memo dict, iteration, and fast doubling on big ints.
memo = {0: 0, 1: 1}
def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fib_fast(n):
    if n == 0:
        return 0, 1
    a, b = fib_fast(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)

print([fib_memo(i) for i in range(15)])
print(fib_memo(90), fib_iter(90), fib_fast(90)[0])
print(fib_memo(300) == fib_iter(300) == fib_fast(300)[0])
print(fib_iter(500))
big = fib_fast(5000)[0]
print(len(str(big)), str(big)[:20], big % 1000000007)
print(len(memo))
