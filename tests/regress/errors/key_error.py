# Uncaught KeyError with a string key.
prices = {"apple": 0.5, "pear": 0.75}
order = ["apple", "pear", "mango"]
total = 0
for item in order:
    print("adding", item)
    total += prices[item]
print(total)
