# list.sort details: stability, key functions, reverse, mixed numbers.
records = [("ann", "b", 3), ("bob", "a", 1), ("cy", "b", 1), ("di", "a", 3), ("ed", "c", 2)]
by_group = sorted(records, key=lambda r: r[1])
print(by_group)
by_score_then_group = sorted(by_group, key=lambda r: r[2])
print(by_score_then_group)
multi = sorted(records, key=lambda r: (r[1], -r[2], r[0]))
print(multi)
print(sorted(records, key=lambda r: r[2], reverse=True))
nums = [3, 1.5, -2, 0, 2.0, 2, True, False]
nums.sort()
print(nums)
strs = ["b10", "a2", "a10", "b1"]
print(sorted(strs), sorted(strs, key=lambda s: (s[0], int(s[1:]))))
data = list(range(20))
data.sort(key=lambda n: n % 5)
print(data)
already = [1, 2, 3, 4]
already.sort(reverse=True)
print(already)
empty = []
empty.sort()
print(empty, sorted([1]))
import math
print(sorted([3.5, -math.inf, math.inf, 0.0, -0.0]))
big = [(i * 7919) % 1000 for i in range(1000)]
big.sort()
print(big[:5], big[-5:], big == sorted(big), len(set(big)))
