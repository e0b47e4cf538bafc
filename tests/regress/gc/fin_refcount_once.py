# __del__ runs exactly once when reference counting frees an object, whichever path drops the last reference.
log = []

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

r = Res("del statement")
del r
print(log)
r = Res("rebinding")
r = None
print(log)

def scope():
    local = Res("function exit")
    return len(local.name)
print(scope(), log[-1])

print(Res("temporary").name, log[-1])

items = [Res("list item %d" % i) for i in range(3)]
items.clear()
print(sorted(log[-3:]))

d = {"k": Res("dict pop")}
d.pop("k")
print(log[-1])
d["k"] = Res("replaced value")
d["k"] = Res("replacing value")
print(log[-1])
del d
print(log[-1])

# The owner dies first; only then does its attribute lose its last reference.
holder = Res("holder")
holder.child = Res("child")
holder.child.child = Res("grandchild")
del holder
print(log[-3:])

print("each name once:", all(log.count(n) == 1 for n in log), len(log))
