# Tuples as records: named positions, sorting, filtering and aggregating.
inventory = [
    ("widget", 4, 2.50),
    ("gadget", 0, 12.99),
    ("doohickey", 17, 0.75),
    ("thingamajig", 3, 5.00),
]
NAME, QTY, PRICE = 0, 1, 2
in_stock = [item for item in inventory if item[QTY] > 0]
print([item[NAME] for item in in_stock])
value = sum([item[QTY] * item[PRICE] for item in inventory])
print(f"stock value: {value:.2f}")
print(sorted(inventory, key=lambda item: item[PRICE])[0][NAME])
print(max(inventory, key=lambda item: item[QTY] * item[PRICE]))
def restock(item, amount):
    name, qty, price = item
    return (name, qty + amount, price)
inventory = [restock(i, 5) if i[QTY] < 5 else i for i in inventory]
for name, qty, price in inventory:
    print(f"{name:<12}{qty:>4}{price:>8.2f}")
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
print(tuple([x * x for x in range(5)]))
