# Float literal forms: fractions, exponents, underscores, leading/trailing dot.
floats = [
    0.0, 1.0, 1.5, .5, 5., 3.14159,
    1e3, 1E3, 1e-3, 2.5e+2, 2.5e-2,
    1_000.5, 1_0e1_0,
    0e0, 00.5, 007.25,
    1e100, 1e-100, 1.7976931348623157e308, 5e-324,
]
for f in floats:
    print(repr(f), type(f).__name__)

print(1e309, -1e309)
print(.1 + .2)
print(1. / 4, 3.0 * 2, 7. // 2)
print(1e22, 1e16, 1e15, 123456789.0, 1234567890123456789.0)
print(0.000001, 0.0000001, 1e-5)
print(-0.0, 0.0 == -0.0)
