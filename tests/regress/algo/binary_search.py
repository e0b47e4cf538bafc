# Binary search variants on sorted lists: exact match, insertion points.
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

a = [1, 3, 3, 3, 5, 8, 13, 21]
for x in (0, 1, 3, 4, 21, 22):
    print(x, bsearch(a, x), bisect_left(a, x), bisect_right(a, x))
words = sorted("the quick brown fox jumps over the lazy dog".split())
print(words, bsearch(words, "fox"), bisect_left(words, "m"))
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print([isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 20, 2 ** 101)])
