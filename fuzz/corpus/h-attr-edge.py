class P:
    __x = 1
    def get(self): return self.__x
print(P().get(), hasattr(P, "_P__x"))
o = P()
setattr(o, "dyn", 5)
print(o.dyn, getattr(o, "nope", "dflt"), o.__dict__, delattr(o, "dyn") or "deleted")
try:
    o.dyn
except AttributeError as e:
    print(e)
print(callable(P), callable(o), type(o) is P, P.__name__, P.__qualname__ if 1 else 0)
def f(): pass
f.attr = 3
print(f.attr, f.__name__)
for bad in (lambda: None.x, lambda: (1).foo, lambda: "s".nope, lambda: [].bad):
    try:
        bad()
    except AttributeError as e:
        print(e)
