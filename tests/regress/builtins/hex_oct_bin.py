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
