# Bitwise operators and shifts on big and negative integers.
a = 2 ** 100 + 2 ** 64 + 255
b = 2 ** 80 - 1
print(a & b, a | b, a ^ b)
print(~a, -a & 0xFFFF, (-a) | 1, (-a) ^ (-b))
print(a >> 64, a >> 100, a >> 200, -a >> 64, -1 >> 100)
print(1 << 100, 3 << 70, -5 << 65, (1 << 64) >> 63)
print((2 ** 128 - 1).bit_length(), (2 ** 128).bit_length(), (0).bit_length(), (-(2 ** 70)).bit_length())
mask = (1 << 64) - 1
x = 0x0123456789ABCDEF
print(hex((x * 0x9E3779B97F4A7C15) & mask))
print(hex(((x << 13) | (x >> 51)) & mask))
print(bin(-(2 ** 65) & ((1 << 70) - 1)))
print(-(2 ** 100) & -(2 ** 90), -(2 ** 100) | -(2 ** 90), -(2 ** 100) ^ (2 ** 90))
n = 2 ** 200 - 1
count = 0
while n:
    n &= n - 1
    count += 1
print("popcount", count)
print(bin(2 ** 70 + 5).count("1"), [(1 << k) - 1 for k in (8, 16, 33)])
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError:", e)
