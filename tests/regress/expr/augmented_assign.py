# Augmented assignment on names, subscripts and attributes of modules.
import sys
import math

x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
x |= 0b1001; print(x)
x &= 0b1110; print(x)
x ^= 0xff; print(x)
x /= 4; print(x)

s = "ab"
s += "cd"; s *= 2
print(s)

lst = [1, 2, 3]
alias = lst
lst += [4]          # in place: alias sees it
print(alias, lst is alias)
lst = lst + [5]     # new list
print(alias, lst)
lst[0] += 100
lst[-1] *= 3
print(lst)

d = {"n": 0, "words": []}
for w in "a b c".split():
    d["n"] += 1
    d["words"] += [w]
print(d)

grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)

t = (1, 2)
t += (3,)
print(t)

math.counter_demo = 1
math.counter_demo += 41
print(math.counter_demo)
sys.my_flag = "a"
sys.my_flag *= 3
print(sys.my_flag)
