# The classic slip '=' for '==' in a condition: python3 3.11 hints at
# '==' or ':=' (the whole script fails to compile, nothing is printed).
score = 72
print("checking")
if score = 100:
    print("perfect")
