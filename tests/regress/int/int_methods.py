# int methods and attributes: bit_length, to/from arithmetic identities, abs.
for n in (0, 1, -1, 255, 256, -256, 2 ** 64, -(2 ** 64) + 1):
    print(n, n.bit_length(), abs(n), -n, +n)
print(int.__name__, (42).bit_length(), int(True), int("0"))
print(divmod(2 ** 70, 2 ** 35), 2 ** 70 // 2 ** 35 == 2 ** 35)
print(max(2 ** 70, 2 ** 69 * 2 + 1), min(-(2 ** 70), 0))
print(round(123456789, -3), round(-123456789, -5), round(2 ** 70, -20))
print(isinstance(2 ** 100, int), type(2 ** 100).__name__, type(10 // 3).__name__, type(10 / 5).__name__)
import math
print(math.gcd(2 ** 100, 6 ** 50))
print(math.factorial(25))
print(int(7.9), int(-7.9), int(1e15), int(-0.5), int("  12  "), int(2 ** 0.5))
print(abs(-(10 ** 25)), -(-(10 ** 25)), +(10 ** 25) == 10 ** 25)
print(sum(range(10 ** 6)), sum([10 ** 20] * 5), max(10 ** 20, 10 ** 20 + 1))
n = 600851475143
print(n.bit_length(), n % 71, n // 71, pow(n, 2), pow(n, 2, 97))
print([(k, (2 ** k).bit_length()) for k in (0, 1, 31, 32, 63, 64, 100)])
