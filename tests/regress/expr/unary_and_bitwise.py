# Unary operators and bitwise operators on small ints.
for n in (0, 1, 5, -1, -6, 255):
    print(n, -n, +n, ~n, n & 0xF, n | 0x100, n ^ 0b1010, n << 3, n >> 1)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(bin(0b1100 & 0b1010), bin(0b1100 | 0b1010), bin(0b1100 ^ 0b1010))
print(-1 >> 10, -17 >> 2, -17 << 2, 1 << 0)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(~True, -True, +False)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print([(i, i & -i) for i in (12, 40, 7)])
