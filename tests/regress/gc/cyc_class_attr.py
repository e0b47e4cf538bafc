# Cycles through class attributes: a registry list on the class holding its
# instances, a default instance stored on the class, a class attribute dict
# holding the class.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

gc.collect()

def make_registry():
    class Plugin:
        registry = []
        def __init__(self, name):
            self.name = name
            Plugin.registry.append(self)
    p = Plugin("one")
    Plugin("two")
    return weakref.ref(Plugin), weakref.ref(p)

rc, ri = make_registry()
gc.collect()
print("registry class alive after collect:", rc() is not None)
print("registered instance alive after collect:", ri() is not None)

def make_default():
    class Config:
        pass
    Config.default = Config()
    Config.default.kind = Config
    return weakref.ref(Config.default)

ref = make_default()
gc.collect()
print("default instance alive after collect:", ref() is not None)

def make_table():
    class Shape:
        pass
    Shape.table = {"shape": Shape, "list": [Shape]}
    return weakref.ref(Shape)

ref = make_table()
gc.collect()
print("class table alive after collect:", ref() is not None)

# The registry at module level is reachable: nothing is lost.
class Live:
    all = []
    def __init__(self):
        Live.all.append(self)
first = Live()
ref = weakref.ref(first)
del first
gc.collect()
print("module-level registry kept:", ref() is not None, len(Live.all))
