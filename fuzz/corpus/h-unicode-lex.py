# -*- coding: utf-8 -*-
π = 3.14
naïve = "café"
print(π, naïve, len(naïve), naïve.upper(), "日本語"[1], "\U0001F40D", "a\
b", 0x_ff if 0 else 0xff, 1_000_000, 0o17, 0b1010, 1.5e-3, .5, 5., 1)
x = 1; y = 2; print(x + y)
s = ("implicit " "concatenation "
     'across lines')
print(s)  # trailing comment
print(f"{π:.1f}" "plain" f"{naïve!s}")
