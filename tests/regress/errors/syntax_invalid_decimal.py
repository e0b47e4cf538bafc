# Syntax error: an identifier that starts with a digit.
print("never printed")
2nd_place = "silver"
