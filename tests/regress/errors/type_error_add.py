# Uncaught TypeError: adding an int to a str.
count = 3
print("count is", count)
label = "items: " + count
print(label)
