# strip family, padding and alignment helpers.
s = "   padded\t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHELLOcba".strip("abc")), repr("..a..".lstrip(".")))
print(repr("www.example.com".strip("cmowz.")), repr("".strip()), repr("   ".strip()))
print(repr("hello".center(11)), repr("hello".center(10, "*")), repr("hi".center(1)))
print(repr("left".ljust(8)), repr("right".rjust(8)), repr("x".ljust(4, "-")), repr("y".rjust(4, "0")))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print(repr("a\tb\tc".expandtabs(4)), repr("1\t22\t333".expandtabs()))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in table:
    print(name.ljust(12) + str(price).rjust(6) + str(qty).rjust(4))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
