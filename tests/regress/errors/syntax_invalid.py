# Syntax error: an incomplete expression.
print("never printed")
total = 1 +
print(total)
