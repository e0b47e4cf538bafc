# Formatting floats every common way, compared side by side.
values = [0.0, 0.1, 0.5, 1.0, 2.675, 1 / 3, 2 / 3, 100.0, 123456.789, 1e-7, 1e16, -42.125]
for v in values:
    print(f"{v!r:>22} | {v:10.2f} | {v:12.4e} | {v:g} | {str(v):>22} | {'%.3f' % v} | {round(v, 2)}")
print(f"{1e308 * 10:f} {-1e308 * 10:.2f} {1e308 * 10:e} {1e22:f}")
print(f"{123.0:.0f} {123.0:.1f} {0.05:.1f} {0.15:.1f} {0.25:.1f} {0.35:.1f}")
print(f"{1.0:.15f} {0.1:.20f} {1 / 7:.17g}")
print(f"{9.995:.2f} {9.9951:.2f} {-0.004:.2f}")
print(f"{5e-324:.3g} {1.7976931348623157e308:.3e}")
rates = [0.0, 0.004, 0.0125, 0.5, 0.99999, 1.0]
for r in rates:
    print(f"{r:>8.2%} | {r * 100:6.2f}% | {'%.1f%%' % (r * 100)} | {format(r, '.3g')}")
amount = 1234.5
for digits in range(4):
    print(f"{amount:.{digits}f}", "%.*f" % (digits, amount), "{:.{}f}".format(amount, digits))
print(f"{2 / 3:.0%} {1e-3:.1e} {123456789.123:.3g} {0.000123456:.2g}")
