# divmod, pow (with three arguments) and round (with ndigits, banker's rounding).
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20 + 3, 10 ** 10))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 2), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(-3, 3, 7), pow(5, 3, -7))
print(pow(2, 10 ** 5, 10 ** 9 + 7), pow(123456789, 987654321, 1000000007))
print(pow(3, -1, 7), pow(10, -1, 17))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(-1.25, 1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(7, 1), round(7.0), round(7.0, 0), type(round(7.5)).__name__)
print(round(0.1 + 0.2, 10), round(1e20), round(123.456, 5))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
