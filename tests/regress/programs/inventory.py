# Inventory management: items with __eq__/__hash__, dict of stock, reports.
class Item:
    def __init__(self, sku, name, price):
        self.sku, self.name, self.price = sku, name, price

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __repr__(self):
        return f"Item({self.sku})"

class Inventory:
    def __init__(self):
        self.stock = {}

    def add(self, item, qty=1):
        self.stock[item] = self.stock.get(item, 0) + qty

    def remove(self, item, qty=1):
        have = self.stock.get(item, 0)
        if qty > have:
            raise ValueError(f"only {have} of {item.name}")
        if qty == have:
            del self.stock[item]
        else:
            self.stock[item] = have - qty

    def __contains__(self, item):
        return item in self.stock

    def __len__(self):
        return sum(self.stock.values())

    def __iter__(self):
        return iter(sorted(self.stock, key=lambda i: i.sku))

    def value(self):
        return sum(i.price * q for i, q in self.stock.items())

    def report(self):
        lines = []
        for item in self:
            q = self.stock[item]
            lines.append(f"{item.sku:<6}{item.name:<10}{q:>4} x {item.price:>6.2f} = {q * item.price:>8.2f}")
        lines.append(f"{'total':<16}{len(self):>4}{'':>11}{self.value():>9.2f}")
        return "\n".join(lines)

inv = Inventory()
widget = Item("W1", "widget", 2.5)
gadget = Item("G7", "gadget", 12.0)
bolt = Item("B3", "bolt", 0.1)
inv.add(widget, 10)
inv.add(gadget, 2)
inv.add(bolt, 250)
inv.add(Item("W1", "widget again", 99), 5)   # same sku, same entry
print(inv.report())
inv.remove(gadget, 2)
print(gadget in inv, widget in inv, len(inv))
try:
    inv.remove(widget, 100)
except ValueError as e:
    print("ValueError:", e)
print(list(inv))
print(inv.report())
