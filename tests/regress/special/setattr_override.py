# __setattr__ overrides delegating to object.__setattr__ and super().
class Logged:
    def __init__(self, x):
        self.x = x

    def __setattr__(self, name, value):
        print(f"set {name} = {value!r}")
        object.__setattr__(self, name, value)

class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            super().__setattr__(k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen: cannot set {name}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")

class Upper:
    def __setattr__(self, name, value):
        if isinstance(value, str):
            value = value.upper()
        super().__setattr__(name, value)

l = Logged(1)
l.y = [2]
l.x += 10
print(l.x, l.y, sorted(vars(l)))
f = Frozen(a=1, b=2)
print(f.a, f.b)
try:
    f.a = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.b
except AttributeError as e:
    print("AttributeError:", e)
print(f.a, f.b)
u = Upper()
u.name = "ouro"
u.n = 3
setattr(u, "tag", "abc")
print(u.name, u.n, u.tag)
