# replace (with count), and simple character mapping by hand.
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("fish", ""))
print(s.replace(" ", ""))
print("aaa".replace("a", "aa"), "aaa".replace("aa", "b"), "abc".replace("", "-"))
print("abc".replace("x", "y"), "".replace("", "x"), "abab".replace("ab", "ba", 0))
text = "Hello, World! 123"
vowels = "aeiouAEIOU"
print("".join(["*" if c in vowels else c for c in text]))
print("".join([c for c in text if c.isalnum()]))
mapping = {"a": "4", "e": "3", "l": "1", "o": "0"}
print("".join([mapping.get(c, c) for c in "hello leet coder"]))
print("tab\tand\nnewline".replace("\t", "\\t").replace("\n", "\\n"))
