# The AttributeError messages users see for instances, classes and methods.
class Widget:
    size = 3
    def __init__(self):
        self.name = "w"
    def draw(self):
        return "drawn"

w = Widget()
tests = [
    lambda: w.colour,
    lambda: Widget.colour,
    lambda: w.draw.nothing,
    lambda: w.name.nothing,
    lambda: None.attr,
    lambda: (1, 2).append,
    lambda: Widget.draw(),
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print("AttributeError:", e)
    except TypeError as e:
        print("TypeError:", e)
try:
    del w.size
except AttributeError as e:
    print("AttributeError:", e)
try:
    w.name()
except TypeError as e:
    print("TypeError:", e)
try:
    Widget(1)
except TypeError as e:
    print("TypeError:", e)
try:
    w.draw(1)
except TypeError as e:
    print("TypeError:", e)
