# After CPython's test_gc.py test_method and test_function: an instance that
# stores its own bound __init__, and a function defined by exec() into a
# dict (function -> globals dict -> function), are reclaimed.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

gc.collect()
gc.disable()

class A:
    def __init__(self):
        self.init = self.__init__
a = A()
ref = weakref.ref(a)
del a
gc.collect()
print("instance holding its bound __init__ freed:", ref() is None)

class Tag:
    pass
d = {}
exec("def f(): pass\n", d)
d["tag"] = Tag()
print("exec defined:", "f" in d, callable(d["f"]))
ref = weakref.ref(d["tag"])
del d
gc.collect()
print("function <-> globals dict freed:", ref() is None)
gc.enable()
