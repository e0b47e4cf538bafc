# Event handlers held as WeakMethod: a dead view's handler is skipped.
import weakref
class Button:
    def __init__(self): self.handlers = []
    def on_click(self, m): self.handlers.append(weakref.WeakMethod(m))
    def click(self):
        for h in self.handlers:
            m = h()
            if m is not None: m()
            else: print('handler gone')
class View:
    def __init__(self, n): self.n = n
    def clicked(self): print('clicked', self.n)
b = Button(); v = View(1); w = View(2)
b.on_click(v.clicked); b.on_click(w.clicked)
b.click()
del v
b.click()
# plain ref to bound method dies at once
r = weakref.ref(w.clicked)
print(r())
