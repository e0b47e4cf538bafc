# Output printed with end="" before an uncaught error is still flushed.
for i in range(5):
    print(i, end=" ")
print("partial line without newline", end="")
x = [][0]
