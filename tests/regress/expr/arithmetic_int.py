# Integer arithmetic with signs: true division, floor division and modulo.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (0, 5), (1, 7), (-1, 7)]
for a, b in pairs:
    print(f"{a:3} {b:3} | / {a / b:6} | // {a // b:3} | % {a % b:3} | divmod {divmod(a, b)}")

print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(10 ** -2, 2 ** -3)
print(abs(-17), abs(17), abs(0))
n = 12345
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits)
print(sum(range(101)), sum(range(-5, 6)))
print(3 * 4 - 5 // 2 + 9 % 4)
print(-(-7 // 2), -7 // 2, int(-7 / 2))
print(True + True, True * 10, False - 1)
print(1000000 * 1000000, 2 ** 62 + 2 ** 62)
