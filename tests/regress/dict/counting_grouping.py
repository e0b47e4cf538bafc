# Counting and grouping patterns with plain dicts.
votes = ["red", "blue", "red", "green", "blue", "red", "red", "green"]
tally = {}
for v in votes:
    if v in tally:
        tally[v] += 1
    else:
        tally[v] = 1
print(tally)
winner = max(tally, key=tally.get)
print("winner:", winner, tally[winner])
students = [("ann", "math", 90), ("bob", "math", 70), ("ann", "art", 85),
            ("cy", "math", 88), ("bob", "art", 95), ("cy", "art", 60)]
by_subject = {}
for name, subject, score in students:
    by_subject.setdefault(subject, []).append((name, score))
for subject, entries in by_subject.items():
    best = max(entries, key=lambda e: e[1])
    avg = sum([s for _, s in entries]) / len(entries)
    print(f"{subject}: best={best[0]} avg={avg:.2f}")
totals = {}
for name, _, score in students:
    totals[name] = totals.get(name, 0) + score
print(sorted(totals.items(), key=lambda kv: kv[1], reverse=True))
first_letter = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    first_letter.setdefault(w[0], []).append(w)
print(first_letter)
hist = {}
for n in [1, 3, 3, 7, 1, 3, 9, 7]:
    hist[n] = hist.get(n, 0) + 1
for n in sorted(hist):
    print(n, "*" * hist[n])
