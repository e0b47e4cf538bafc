# Iterating over strings, comparing them, and sorting by various keys.
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch))
vowels = 0
for ch in "Programming Language":
    if ch.lower() in "aeiou":
        vowels += 1
print("vowels:", vowels)
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "abc" == "abc", "abc" != "abd")
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(max(["zeta", "alpha", "Omega"]), min("hello world"))
word = "Mississippi"
print({c: word.count(c) for c in sorted(set(word))})
print([c * 2 for c in "abc"], list(reversed("abc")))
print("b" > "a" > "A", "" < " ", "Z" < "a")
