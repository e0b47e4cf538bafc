# Order of __del__ calls when a container holding instances is freed.
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)

items = [Item(i) for i in range(4)]
print("list built")
del items
print("list gone")

box = [Item("a"), Item("b")]
box.clear()
print("cleared")

box = [Item("x"), Item("y"), Item("z")]
box.pop(1)
print("popped")
del box[0]
print("deleted index 0")
box = []
print("rebound")

d = {"one": Item(1), "two": Item(2)}
del d["one"]
print("key removed")
d = None
print("dict gone")

t = (Item("t1"), (Item("t2"), Item("t3")))
del t
print("tuple gone")

class Owner:
    def __init__(self):
        self.parts = [Item("p1"), Item("p2")]
    def __del__(self):
        print("del owner")

o = Owner()
del o
print("owner gone")
