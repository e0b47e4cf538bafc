# Set comprehensions and using sets for de-duplication and lookups.
print({x % 5 for x in range(20)})
print({x * x for x in range(-4, 5)})
words = ["Apple", "apple", "APPLE", "banana", "Banana", "cherry"]
print(sorted({w.lower() for w in words}))
print(sorted({len(w) for w in words}))
text = "the quick brown fox jumps over the lazy dog"
letters = {c for c in text if c.isalpha()}
print(len(letters), len(letters) == 26)
missing = set("abcdefghijklmnopqrstuvwxyz") - set("hello world")
print(sorted(missing))
vowels = set("aeiou")
print(sorted({w for w in text.split() if set(w) & vowels and len(w) > 3}))
pairs = {(a, b) for a in range(3) for b in range(3) if a != b}
print(sorted(pairs), len(pairs))
primes = set(range(2, 50))
for n in range(2, 8):
    primes -= set(range(n * n, 50, n))
print(primes)
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
b = [2, 7, 1, 8, 2, 8]
print(sorted(set(a) & set(b)), sorted(set(a) - set(b)), len(set(a) | set(b)))
