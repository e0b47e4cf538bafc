# hasattr/getattr/setattr/delattr on instances and classes.
class Box:
    kind = "box"

    def __init__(self):
        self.width = 2

b = Box()
print(hasattr(b, "width"), hasattr(b, "height"), hasattr(b, "kind"))
setattr(b, "height", 7)
print(b.height, getattr(b, "height"))
print(getattr(b, "depth", "n/a"))
try:
    getattr(b, "depth")
except AttributeError as e:
    print("AttributeError:", e)
for name in ["a", "b", "c"]:
    setattr(b, "field_" + name, name.upper())
print(sorted(k for k in vars(b) if k.startswith("field_")))
delattr(b, "field_b")
print(hasattr(b, "field_b"))
try:
    delattr(b, "field_b")
except AttributeError as e:
    print("AttributeError:", e)
setattr(Box, "kind", "crate")
print(b.kind, Box().kind)
setattr(Box, "area", lambda self: self.width * self.height)
print(b.area())
print(getattr(b, "area")())
try:
    Box().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    b.width.nope
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(vars(b)))
