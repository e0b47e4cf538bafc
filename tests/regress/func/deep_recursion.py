# Recursion a few hundred frames deep must work (CPython's limit is 1000).
import sys

def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)

print(count_down(900))

def sum_list(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)

print(sum_list(list(range(800))))

def build(n):
    return [] if n == 0 else [build(n - 1)]

nested = build(500)
d = 0
x = nested
while x:
    x = x[0]
    d += 1
print("nesting depth", d)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3), ackermann(3, 3))
print(sys.getrecursionlimit())

def too_deep(n):
    return too_deep(n + 1)

try:
    too_deep(0)
except RecursionError as e:
    print("RecursionError caught:", str(e).startswith("maximum recursion depth exceeded"))
# The interpreter is usable again after a RecursionError
print(count_down(500))
