# Uncaught NameError from a misspelt variable name (too different from any
# defined name for CPython to add a "Did you mean" hint).
def greet(name):
    message = "Hello, " + name
    return greting_txt

print("calling greet")
print(greet("world"))
