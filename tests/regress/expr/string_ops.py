# Operators on strings: +, *, comparison, in, indexing, mixed with numbers.
a, b = "spam", "eggs"
print(a + b, a * 3, 3 * b, a * 0, repr(a * -2))
print(a < b, a > b, a == "spam", a != "Spam", "Spam" < "spam")
print(a[0], a[-1], a[1:3], b[::-1])
print(len(a + b), (a + " ") * 2 + "!")
print("-" * 20)
print(str(1) + str(2), int("1") + int("2"), "1" * 3, float("1.5") * 2)
print("%s and %s" % (a, b))
print("apple" < "apples" < "apply" < "b")
print(max("hello"), min("hello"), sorted("hello"))
print("a" + "b" * 2 + "c", ("a" + "b") * 2)
print(ord("a") < ord("b"), chr(ord("a") + 1))
s = "abc"
print(s * 2 + s[::-1], (s + "-") * 3, s[0] * 5, "".join([s] * 2))
print("b" in s, "bc" in s, "ac" in s, "" in s, s.find("c") >= 0)
print(s == "ab" + "c", s < "abcd", s > "ab", "abc" <= "abc", "abd" >= "abc")
