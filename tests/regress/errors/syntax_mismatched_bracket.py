# Syntax error: mismatched brackets.
print("never printed")
items = [1, 2, 3)
