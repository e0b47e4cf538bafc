x, y, name = 3.14159, -42, "ouro"
w = 10
print(f"{x:.2f} {y:+d} {y:x} {name!r:>{w}} {name:^8}|")
print(f"{'nested ' + f'{x:.1e}'} {x:{w}.{3}} {y:#o} {1234567:,} {0.5:%}")
print(f"{{braces}} {[1, 2][0]} {dict(a=1)['a']} {x if y < 0 else 0}")
print(f"{name=} {x*2=:.3f}")
print("{0}-{1}-{0}".format("a", "b"), "{k:>4}".format(k=7), "%5.1f|%-4d|%s" % (x, 7, name))
print(format(255, "08b"), format(1e20, "g"), format(-0.0, ".1f"), repr(1e-7))
