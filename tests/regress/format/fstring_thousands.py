# Thousands separators with , and _ on ints and floats.
for n in (0, 7, 999, 1000, 12345, 1234567, -1234567, 10 ** 12, 2 ** 70):
    print(f"{n:,} | {n:_} | {n:>15,} | {n:015,}")
for v in (1234.5, 1234567.891, -0.5, 1e9, 0.001):
    print(f"{v:,} | {v:,.2f} | {v:_.1f} | {v:>16,.3f}")
print(f"{0xFFFFFFFF:_x} {0b101010101:_b} {12345678:_o}")
print(f"{1234567:,d} {-1000:+,}")
price = 1234567.5
print(f"Total: ${price:,.2f}")
print("{:,}".format(9876543210), format(1234.5678, ",.1f"))
def money(x):
    sign = "-" if x < 0 else ""
    return f"{sign}${abs(x):,.2f}"
for x in (0, 5, 999.999, 1000, -1234567.891, 10 ** 15 + 0.25):
    print(f"{money(x):>26}|{x:>+20,.1f}|{int(x):_}")
print(f"{12345.678:10,.0f}|{-0.0:,.2f}|{1e21:,.0f}")
