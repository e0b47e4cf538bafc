# Adjacent string literals are concatenated at compile time.
s = "hello" " " 'world'
print(s)
long = ("one, "
        "two, "
        "three")
print(long)
mixed = "raw: " r"\n" " cooked: " "\t|"
print(repr(mixed))
name = "ouro"
combined = "name=" f"{name}" " len=" f"{len(name)}"
print(combined)
parts = [
    "a" "b",
    "c",
    "d" "e" "f",
]
print(parts, len(parts))
print("x" "y" * 3)
