# Integer literals in every base, with underscores and leading signs.
values = [
    0, 7, 42, -42, +42,
    0x0, 0xff, 0XFF, 0xDead_Beef,
    0o0, 0o17, 0O777,
    0b0, 0b1011, 0B1111_0000,
    1_000_000, 12_34_56,
    00, 000,
]
for v in values:
    print(v, type(v).__name__)

print(0xff == 255, 0o17 == 15, 0b1011 == 11)
print(1_000 + 0x1_0 + 0o1_0 + 0b1_0)
print(-0x10, -0o10, -0b10)
# A literal that needs more than 64 bits
big = 0xFFFF_FFFF_FFFF_FFFF_FFFF
print(big)
print(123456789012345678901234567890)
print(-99999999999999999999)
# Attribute access on an int literal needs a space or parentheses
print((255).bit_length(), 255 .bit_length())
