# Syntax error: missing colon after an if condition.
print("never printed")
x = 3
if x > 1
    print("big")
