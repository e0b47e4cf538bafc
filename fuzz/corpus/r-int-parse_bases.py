# int(string, base) for many bases, prefixes, underscores, signs, big values.
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("zz", 36), int("10", 3))
print(int("0b101", 0), int("0o777", 0), int("0xff", 0), int("123", 0), int("-0x10", 0))
print(int("0b101", 2), int("0o17", 8), int("0XFF", 16), int("  -42  "), int("+0"))
print(int("1_000_000"), int("ff_ff", 16), int("0x_ff", 16))
print(int("1" * 40), int("f" * 40, 16), int("-" + "9" * 50))
print(int("1" * 64, 2), int("z" * 20, 36))
for s, base in [("12", 2), ("0x12", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("", 16), ("0b", 0), ("08", 0), ("9", 8), ("g", 16)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
print(int("00", 0), int("0", 0), int("007", 10))
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in (0, 255, -255, 2 ** 100, 123456789):
    print([to_base(n, b) for b in (2, 7, 16, 36)])
    assert all([int(to_base(n, b), b) == n for b in range(2, 37)])
