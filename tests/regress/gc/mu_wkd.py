# WeakKeyDictionary of per-widget data, entries going with their widgets.
import weakref
class Widget:
    def __init__(self, n): self.n = n
extra = weakref.WeakKeyDictionary()
ws = [Widget(i) for i in range(5)]
for w in ws: extra[w] = w.n * 10
print(len(extra), sorted(extra.values()))
del ws[1:3]
print(len(extra), sorted(extra.values()))
ws.clear()
print(len(extra))
