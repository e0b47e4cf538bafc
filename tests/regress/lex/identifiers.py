# Identifier rules: underscores, digits, case, unicode letters, soft keywords.
_private = 1
__dunder_like = 2
camelCase = 3
CamelCase = 4
snake_case_2 = 5
x1y2z3 = 6
print(_private, __dunder_like, camelCase, CamelCase, snake_case_2, x1y2z3)

café = "coffee"
naïve = True
π = 3.14159
print(café, naïve, π)

# "match", "case", "type" and "_" are soft keywords: fine as names
match = "m"
case = "c"
type_ = "t"
_ = "underscore"
print(match, case, type_, _)

# builtins may be shadowed locally
def f():
    len = 10
    return len
print(f(), len("abc"))

True_ = False
print(True_, True)
