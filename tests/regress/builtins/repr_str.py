# repr() versus str() for all built-in values, including nesting.
values = [0, -1, 1.0, 1.5e300, "plain", "it's", 'say "hi"', "both ' \"", "tab\t", "",
          None, True, [], [1, "a", [2.5, None]], (), (1,), (1, "b"), {}, {"k": [1, (2,)]},
          set(), {3}, range(1, 4)]
for v in values:
    print(repr(v), "|", str(v))
nested = {"list": [1, 2, {"inner": ("t", 3.0)}], "empty": [[], {}, ()], "none": None}
print(nested)
print(repr(nested) == str(nested))
print([["a"]], [("b", "c")], ({"d": "e"},))
print(repr(repr("x")), str(repr("x")))
print([1.0, 2.50, 1e-5, 1e100, float("inf"), -float("inf")])
print(["é", "\n", "\\", "\x00"])
s = "quote's"
print(repr(s), str(s), "%r|%s" % (s, s), f"{s!r}|{s}")
print(repr([s]), str([s]), repr((s,)), repr({s: s}))
print(str(1.0), repr(1.0), str([1.0]), str(-0.0), repr(1e16), repr(123456789.0))
print(repr(True), str(None), repr([None, True, False]))
