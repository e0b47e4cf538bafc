# String processing: palindromes, anagrams, vowel counting, word reversal.
def clean(s):
    return "".join([c.lower() for c in s if c.isalnum()])

def is_palindrome(s):
    c = clean(s)
    return c == c[::-1]

phrases = ["A man, a plan, a canal: Panama", "racecar", "hello", "No 'x' in Nixon", "", "ab"]
for p in phrases:
    print(repr(p), is_palindrome(p))

def is_anagram(a, b):
    return sorted(clean(a)) == sorted(clean(b))

print(is_anagram("listen", "silent"), is_anagram("Dormitory", "dirty room"), is_anagram("abc", "abd"))

def group_anagrams(words):
    groups = {}
    for w in words:
        key = "".join(sorted(w))
        groups.setdefault(key, []).append(w)
    return [g for g in groups.values() if len(g) > 1]

print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
sentence = "the quick brown fox"
print(" ".join(sentence.split()[::-1]))
print(" ".join([w[::-1] for w in sentence.split()]))
print(" ".join([w.capitalize() for w in sentence.split()]))
def longest_common_prefix(words):
    if not words:
        return ""
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix
print(repr(longest_common_prefix(["flower", "flow", "flight"])), repr(longest_common_prefix(["a", "b"])))
def compress(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + (str(j - i) if j - i > 1 else ""))
        i = j
    return "".join(out)
print(compress("aaabccddddde"), compress(""), compress("abc"))
