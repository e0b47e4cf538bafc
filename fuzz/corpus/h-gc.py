import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
    def __del__(self):
        print("del", self.v)
a = Node(1); b = Node(2)
a.other = b; b.other = a
del a, b
print("collected", gc.collect() >= 2)
gc.disable()
print(gc.isenabled(), gc.get_threshold())
gc.set_threshold(1, 1, 1)
x = [[i] for i in range(100)]
for item in x:
    item.append(item)
del x
gc.enable()
print(gc.collect() > 0, gc.is_tracked([]), gc.is_tracked(1))
class Res:
    saved = []
    def __del__(self):
        Res.saved.append(self)
r = Res(); r.me = r
del r
gc.collect()
print(len(Res.saved))
