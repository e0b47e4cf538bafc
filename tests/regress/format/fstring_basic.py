# f-strings: expressions, quotes, braces, calls, nested containers.
name = "Ada"
age = 36
items = [1, 2, 3]
d = {"key": "value"}
print(f"{name} is {age}")
print(f"{name!r} {name!s} {age + 1} {age * 2 // 3}")
print(f"{items} {items[0]} {items[-1]} {len(items)} {sum(items)}")
print(f"{d['key']} {d}")
print(f"{{literal braces}} {{{age}}}")
print(f"{'nested quotes'} {name.upper()} {name[::-1]}")
print(f"{age > 30} {None} {3.0} {1/3}")
print(f"{'yes' if age > 18 else 'no'}")
print(f"{[x * 2 for x in items]}")
print(f"{(lambda v: v + 1)(41)}")
print(F"capital F {name}")
print(f"")
print(f"multi" f"ple {name}" " plain")
x = 10
print(f"{x=}", f"{x + 1 = }", f"{name=!r}")
print(f"""triple {name}
second line {age}""")
print(f"{name}" * 2, len(f"{age}"))
print(f"{3 + 4}{5}{'six'}")
print(f"{'a' 'b'}")
