# __del__ triggered through attributes and by the finalizer of another object.
class Leaf:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("leaf", self.name, "freed")

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("node", self.name, "freed")

n = Node("top", Node("mid", Leaf("bottom")))
print("built")
n.child.child = Leaf("replacement")
print("replaced bottom")
n.child = None
print("dropped mid")
del n
print("dropped top")

class Tracker:
    live = 0
    def __init__(self):
        Tracker.live += 1
    def __del__(self):
        Tracker.live -= 1

objs = [Tracker() for _ in range(5)]
print("live", Tracker.live)
objs = objs[:2]
print("live", Tracker.live)
objs.append(Tracker())
del objs[0]
print("live", Tracker.live)
objs = None
print("live", Tracker.live)
