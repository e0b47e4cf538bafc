# Text processing: sentences, word lengths, capitalization, wrapping.
text = ("Python is a programming language that lets you work quickly and integrate "
        "systems more effectively. It is simple. Readability counts! Is it fast? "
        "Sometimes it is fast enough.")
sentences = []
current = ""
for ch in text:
    current += ch
    if ch in ".!?":
        sentences.append(current.strip())
        current = ""
print(len(sentences))
for s in sentences:
    words = s[:-1].split()
    print(f"{len(words):2} words | ends with {s[-1]!r} | {s[:30]}")
words = [w.strip(".!?,").lower() for w in text.split()]
print("average word length:", round(sum([len(w) for w in words]) / len(words), 3))
print("longest:", max(words, key=len), "| shortest:", min(words, key=len))
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return lines
for line in wrap(text, 32):
    print("|" + line.ljust(32) + "|")
acronym = "".join([w[0].upper() for w in "portable operating system interface".split()])
print(acronym)
