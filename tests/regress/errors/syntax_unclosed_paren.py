# Syntax error: a parenthesis that is never closed.
print("never printed")
values = max(1, 2
print(values)
