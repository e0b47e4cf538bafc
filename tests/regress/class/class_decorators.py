# Decorators applied to classes: registration, adding methods, wrapping.
REGISTRY = {}

def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

@register
@add_repr
@tagged("geometry")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

@register
@add_repr
class Label:
    def __init__(self, text):
        self.text = text

print(Point(1, 2), Label("hi"))
print(sorted(REGISTRY), Point.tag, hasattr(Label, "tag"))
print(REGISTRY["point"](3, 4), [REGISTRY["label"]("x")])

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, env):
        self.env = env
        print("Config created for", env)

c1 = Config("prod")
c2 = Config("test")
print(c1 is c2, c2.env, type(Config).__name__)
