# String work: concatenation, slicing, methods, formatting, join/split.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
checksum = 0
for rnd in range(300):
    s = ""
    for w in words:
        s += w + " "
    parts = s.split()
    joined = ",".join(parts)
    checksum += len(joined) + joined.count("a") + joined.find("theta")
    upper = joined.upper()
    checksum += upper.index("ZETA") + len(upper.replace("A", "aa"))
    for w in parts:
        checksum += len(w[1:-1]) + len(w[::-1]) + (w.startswith("e") + w.endswith("a"))
        checksum += len(w.center(12, "*")) + len(w.strip("a"))
    for i in range(40):
        checksum += len(f"{i:>5}|{i * 1.5:.2f}|{words[i % 8]!r}") + len("%d-%s" % (i, words[i % 8]))
        checksum += len("{}:{:04d}".format(words[i % 8], i))
    text = " ".join([w * 3 for w in words]) * 4
    checksum += sum([len(line) for line in text.split("a")]) + len(text.lower().split())
    checksum += int(str(rnd * 12345)) % 97
print("checksum", checksum)
