# After CPython's test_gc.py test_boom, test_boom2, test_boom_new and
# test_boom2_new: a __getattr__ that deletes the attribute holding the
# cycle must not be called by the collector (asking whether the objects
# have a __del__ used to call it and mutate the garbage mid-collection).
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Boom:
    calls = 0
    def __getattr__(self, name):
        Boom.calls += 1
        del self.attr
        raise AttributeError

class Boom2:
    calls = 0
    def __init__(self):
        self.x = 0
    def __getattr__(self, name):
        Boom2.calls += 1
        self.x += 1
        if self.x > 1:
            del self.attr
        raise AttributeError

def run(cls):
    gc.collect()
    garbage_before = len(gc.garbage)
    a = cls()
    b = cls()
    a.attr = b
    b.attr = a
    refs = [weakref.ref(a), weakref.ref(b)]
    del a, b
    gc.collect()
    print(cls.__name__, "freed:", [r() is None for r in refs],
          "__getattr__ calls:", cls.calls,
          "gc.garbage grew:", len(gc.garbage) != garbage_before)

gc.disable()
run(Boom)
run(Boom2)
gc.enable()
