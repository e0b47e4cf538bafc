# An uncaught user exception ends the program with __main__.Name: msg.
class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    def __init__(self, item):
        super().__init__(f"{item} is out of stock")
        self.item = item

stock = {"apple": 2, "pear": 0}

def take(item):
    if stock.get(item, 0) <= 0:
        raise OutOfStock(item)
    stock[item] -= 1
    return item

print(take("apple"))
try:
    take("pear")
except InventoryError as e:
    print("handled:", e)
print(take("apple"))
print("stock now", stock)
take("apple")
print("not reached")
