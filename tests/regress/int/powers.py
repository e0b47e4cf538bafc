# Powers of two and ten, huge exponents, negative bases, mixed comparisons.
print(2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64, 2 ** 100)
print(2 ** 200)
print(10 ** 30, -(10 ** 30), (-10) ** 31)
print(3 ** 100)
print(7 ** 77 % 1000, pow(7, 77, 1000))
print(2 ** 64 - 1, 2 ** 63 - 1, -(2 ** 63), -(2 ** 63) - 1)
x = 1
for _ in range(70):
    x *= 3
print(x, x // 3 ** 69, x == 3 ** 70)
print(2 ** 1000 > 10 ** 300, 2 ** 1000 < 10 ** 302, len(str(2 ** 1000)))
print(2 ** 64 == 18446744073709551616, 2 ** 64 == 2.0 ** 64, 2 ** 64 < 2 ** 64 + 0.5)
print(10 ** 20 + 0.5, float(2 ** 70), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(int(1e20), int(2.0 ** 80), int(-1.5e19))
print((2 ** 100) / (2 ** 98), 10 ** 25 / 10 ** 5, 1 / 10 ** 20)
print(sum([2 ** i for i in range(100)]) == 2 ** 100 - 1)
print([len(str(2 ** k)) for k in (10, 100, 1000, 3000)])
