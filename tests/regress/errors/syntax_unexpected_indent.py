# Indentation error: a line indented for no reason.
print("never printed")
x = 1
    y = 2
print(x + y)
