# hex, oct, bin for small, negative and big ints; round trips through int().
for n in (0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 32, 2 ** 64 + 1, -(2 ** 70)):
    print(n, hex(n), oct(n), bin(n))
for n in (0, 9, 255, -4096, 3 ** 50):
    assert int(hex(n), 16) == n and int(oct(n), 8) == n and int(bin(n), 2) == n
    assert int(hex(n), 0) == n
print("round trips ok")
print(hex(255).upper(), bin(5)[2:].zfill(8), oct(8)[2:])
print(int("DEADBEEF", 16), int("deadbeef", 16), int("0o17", 8), int("0B101", 0))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
for n in (10, 255, -42):
    print(format(n, "x"), format(n, "#X"), format(n, "o"), format(n, "#o"), format(n, "b"), format(n, "#010b"))
print(f"{3735928559:#x} {0o755:o} {0b1010:#b}", "%#x %#o" % (255, 8))
print(hex(int("777", 8)), oct(int("ff", 16)), bin(int("z", 36)))
