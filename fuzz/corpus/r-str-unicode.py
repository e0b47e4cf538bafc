# Non-ASCII text: length in code points, indexing, iteration, comparison.
s = "naïve café — 日本語 😀!"
print(s)
print(len(s), s[2], s[-2], s[12:15], s[-1])
print([c for c in "añb"], list("日本"))
print(len("😀"), len("é"), len("e\u0301"), "é" == "e\u0301")
print("日本語".find("語"), "日本語".index("本"), "ab日cd".upper(), "XY日".lower())
print(sorted(["é", "e", "z", "a", "É"]))
print("x".join("日本"), "日本" * 2, "本" in "日本語")
print(repr("日本"), str("日本"), repr("\u00e9\t"))
print("€%d" % 5, f"{'中':>3}|", "{:^5}".format("é"))
counts = {}
for ch in "mississippi ünïcödé":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print("ÿ" > "z", ord(max("aÿz")), min("日本語"))
print("Ärger".startswith("Ä"), "grüße".split("ü"), "a😀b".replace("😀", "-"))
