# printf-style % formatting.
print("%s is %d years old" % ("Bob", 42))
print("%d %i %5d %-5d| %05d %+d %+d" % (7, 8, 42, 42, 42, 5, -5))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 0.00001, 1e20))
print("%x %X %o %#x %#o %08x" % (255, 255, 8, 255, 8, 48879))
print("%s %r" % ("str", "repr"))
print("%s %s %s" % ([1, 2], (3,), {"k": None}))
print("%s" % (("tuple",),), "%s" % "single", "%s" % 5, "%s" % None)
print("%c%c%c" % (72, "i", 33))
print("100%% sure, %d%%" % 50)
print("%(name)s has %(count)d items" % {"name": "cart", "count": 3})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%d" % 3.99, "%d" % -3.99, "%i" % True, "%s" % True, "%f" % 1)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%10.4f|%-10.2e|%+.1f" % (-2.5, 31415.9, 0.05))
print("%s and %s" % ("x", "y"), "%r" % "it's")
print("%d items" % 10 ** 20, "%x" % 2 ** 64)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "s")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError:", e)
