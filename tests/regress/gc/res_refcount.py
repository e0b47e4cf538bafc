# A __del__ run by reference counting may resurrect its object; it survives intact and is not finalized again.
import gc, weakref
log = []
saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.data = [1, 2, 3]
    def __del__(self):
        log.append("del " + self.name)
        saved.append(self)

p = Phoenix("fawkes")
wr = weakref.ref(p, lambda r: log.append("callback"))
del p
print(log, len(saved))
print("intact:", saved[0].name, saved[0].data, gc.is_finalized(saved[0]))
# Reference counting resurrects before weak references are cleared: the old one still works.
print("old weakref alive:", wr() is saved[0])
saved.clear()
print(log)
print("weakref now:", wr())

# Resurrected into an attribute of a live object instead of a list.
class Box:
    pass
box = Box()
class Clinger:
    def __del__(self):
        log.append("clinger del")
        box.item = self
c = Clinger()
c = None
print(type(box.item).__name__, log[-1])
box.item = None
print(log[-1], log.count("clinger del"))
