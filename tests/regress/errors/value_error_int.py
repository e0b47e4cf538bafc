# Uncaught ValueError from int() on user-like input.
inputs = ["12", "7", "forty"]
total = 0
for text in inputs:
    n = int(text)
    total += n
    print("running total", total)
