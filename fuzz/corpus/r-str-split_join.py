# split, rsplit, splitlines, join, partition, rpartition.
print("a b  c   d".split())
print("a b  c   d".split(" "))
print("  leading and trailing  ".split())
print("a,b,,c,".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b,c,d".rsplit(",", 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("one\ttwo\nthree  four".split(), "x".split(None, 0), " a b ".split(None, 1))
print("line1\nline2\r\nline3\n".splitlines(), "a\n\nb".splitlines(), "".splitlines())
print("keep\nends\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "+".join("abc"))
print(" ".join([str(n) for n in range(5)]), "\n".join(["l1", "l2"]))
print("key=value=more".partition("="), "novalue".partition("="))
print("key=value=more".rpartition("="), "novalue".rpartition("="))
csv = "name,age,city\nann,30,oslo\nbob,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
header, data = rows[0], rows[1:]
for row in data:
    print(dict(zip(header, row)))
try:
    "".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
