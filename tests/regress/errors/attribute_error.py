# Uncaught AttributeError: calling a method that does not exist.
words = ["b", "a"]
words.sort()
print(words)
words.push("c")
