s = "Hello, Wörld! ✓ \t\n"
print(s.strip().upper(), s.lower().split(","), s[::-1], s[1:8:2], len(s))
print(s.find("W"), s.rfind("l"), s.count("l"), s.replace("l", "L", 2), s.startswith(("He", "x")))
print("-".join(map(str, range(5))), "a,b,,c".split(","), "  x  ".center(9, "*"), "abc".zfill(6))
print(repr(s), ascii(s) if 0 else "", s.encode if 0 else "", "%r" % s)
print("ab" * 3, "x" in "xyz", ord("✓"), chr(0x1F600), "\u00e9")
print(r"raw\n", b"" if 0 else "", """triple
quoted""", 'it''s', "tab\there", "\x41\101")
print(sorted("banana"), "Title case words".title(), "CamelCase".swapcase(), "a b".isspace())
print(str(12), str(1.5), str([1, "a"]), str(None), "%d%%" % 50, "{:>5}".format("r"))
