# Iterating dicts: keys, values, items, sorted views, and mutation errors.
stock = {"apples": 5, "pears": 0, "plums": 12, "figs": 3}
for k in stock:
    print(k, stock[k])
for k, v in stock.items():
    if v == 0:
        print("out of", k)
print(sum(stock.values()), max(stock.values()), max(stock, key=stock.get))
for k in sorted(stock):
    print(k, end=" ")
print()
for k, v in sorted(stock.items(), key=lambda kv: -kv[1]):
    print(f"{k}={v}", end=" ")
print()
keys = stock.keys()
stock["kiwis"] = 7
print(list(keys), len(keys))
for k in list(stock):
    if stock[k] < 4:
        del stock[k]
print(stock)
try:
    for k in stock:
        stock[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in stock:
        del stock[k]
except RuntimeError as e:
    print("RuntimeError:", e)
for k in stock:
    stock[k] = stock[k] * 10    # changing values is fine
print(stock)
print(list(reversed({"x": 1, "y": 2, "z": 3})), list(enumerate({"p": 1, "q": 2})))
