# Case conversion and classification methods.
words = ["hello", "WORLD", "MiXeD cAsE", "title case words", "123abc", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase())
print("hello world".title(), "they're bill's".title(), "x1y2".title())
checks = ["abc", "ABC", "Abc", "123", "12.5", "", " ", "abc123", "Hello World", "\t\n"]
for s in checks:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isupper(), s.islower(),
          s.isspace(), s.istitle(), s.isdecimal(), s.isnumeric())
# Only ASCII letters change case here; other characters pass through
print("x-1-y!".upper(), "A1_B2".lower(), "".upper() == "")
print("hello".casefold() == "HELLO".casefold())
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
name = "ada LOVELACE"
print(name.title(), name.capitalize(), name.upper().lower() == name.lower(), name.swapcase())
print("abc".upper().isupper(), "ABC".lower().islower(), "Abc Def".istitle(), "ABC def".istitle())
print([w.capitalize() for w in "one two three".split()], "MixedCase"[0].islower())
