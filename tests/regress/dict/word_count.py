# Word frequency count: the classic dict program.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

counts = {}
for raw in text.split():
    word = raw.strip(",.;").lower()
    counts[word] = counts.get(word, 0) + 1

print(len(counts), "distinct words,", sum(counts.values()), "total")
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:8]:
    print(f"{word:<12}{n:>3} {'#' * n}")
singletons = sorted([w for w, n in counts.items() if n == 1])
print("once:", ", ".join(singletons))
by_len = {}
for w in counts:
    by_len[len(w)] = by_len.get(len(w), 0) + counts[w]
print(sorted(by_len.items()))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(list(counts)[:6])
