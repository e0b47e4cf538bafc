# Recursive Fibonacci: the classic call-heavy benchmark.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print("checksum", fib(25), fib(24))
