# Floor division and modulo with negative and big operands (Python semantics).
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, -3), (3, 7), (-3, 7)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, q * b + r == a)
B = 10 ** 25 + 7
for a, b in [(B, 3), (-B, 3), (B, -3), (-B, -3), (B, B), (-B, B - 1), (3, B), (-3, B)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a, (r == 0) or ((r > 0) == (b > 0)))
print(-(2 ** 64) // 7, -(2 ** 64) % 7, (2 ** 64) // -7, (2 ** 64) % -7)
print(123456789123456789 // 1000000007, 123456789123456789 % 1000000007)
print(-1 // 2 ** 70, 1 // -(2 ** 70), -1 % 2 ** 70)
print((10 ** 40) // (10 ** 20), (10 ** 40 + 1) // (10 ** 20), (10 ** 40 - 1) // (10 ** 20))
print(7 / 2, -7 / 2, 10 ** 30 / 10 ** 10, (2 ** 70) / 3)
try:
    10 ** 20 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
