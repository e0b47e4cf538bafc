# Uncaught TypeError: calling a value that is not a function.
total = sum([1, 2, 3])
print(total)
sum = 10
print(sum([4, 5]))
