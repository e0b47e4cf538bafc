# Cycles through bound methods: an instance storing one of its own bound
# methods, in an attribute, a list or a dict of handlers.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Widget:
    def __init__(self, name):
        self.name = name
    def click(self):
        return self.name + " clicked"

gc.collect()

w = Widget("w1")
w.on_click = w.click            # w -> __dict__ -> bound method -> w
print(w.on_click())
ref = weakref.ref(w)
del w
print("bound method alive before collect:", ref() is not None)
gc.collect()
print("bound method alive after collect:", ref() is not None)

w = Widget("w2")
w.handlers = [w.click, w.click]
ref = weakref.ref(w)
del w
gc.collect()
print("method list alive after collect:", ref() is not None)

w = Widget("w3")
w.table = {"click": w.click}
ref = weakref.ref(w)
del w
gc.collect()
print("method dict alive after collect:", ref() is not None)

# Two widgets each holding the other's method.
a = Widget("a")
b = Widget("b")
a.peer = b.click
b.peer = a.click
print(a.peer(), b.peer())
refs = [weakref.ref(a), weakref.ref(b)]
del a, b
gc.collect()
print("cross methods alive after collect:", [r() is not None for r in refs])

# The __init__ bound method stored by __init__ itself (CPython's test_method).
class SelfInit:
    def __init__(self):
        self.init = self.__init__
s = SelfInit()
ref = weakref.ref(s)
del s
gc.collect()
print("self.__init__ alive after collect:", ref() is not None)
