# Uncaught IndexError from reading past the end of a list in a loop.
items = ["a", "b", "c"]
for i in range(len(items) + 1):
    print(i, items[i])
print("not reached")
