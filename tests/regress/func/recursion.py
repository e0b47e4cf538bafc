# Recursive functions: factorial, fibonacci, gcd, power set, flatten, depth.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out

def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max([depth(i) for i in x], default=0)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([fact(i) for i in range(10)])
print(fact(30))
print([fib(i) for i in range(20)])
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
print(subsets([1, 2, 3]))
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
print(depth([]), depth([1]), depth([1, [2, [3]]]))
print(is_even(10), is_odd(7), is_even(7))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
