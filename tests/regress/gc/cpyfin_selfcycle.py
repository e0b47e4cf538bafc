# Follows CPython test_finalization.py SelfCycleFinalizationTest: plain, resurrecting and suicidal self-cycles.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
del_calls = []
survivors = []
errors = []

class SelfCycle:
    def __init__(self, tag):
        self.tag = tag
        self.ref = self
    def __del__(self):
        del_calls.append(self.tag)
        if self.ref is not self:
            errors.append("cycle already broken for " + self.tag)
        self.side_effect()
    def side_effect(self):
        pass

class Resurrector(SelfCycle):
    def side_effect(self):
        survivors.append(self)

class Suicidal(SelfCycle):
    def side_effect(self):
        self.ref = None     # breaks its own cycle from inside the finalizer

for cls in (SelfCycle, Resurrector, Suicidal):
    del_calls.clear()
    s = cls(cls.__name__)
    wr = weakref.ref(s)
    del s
    gc.collect()
    print(cls.__name__, del_calls, [x.tag for x in survivors], wr())
    survivors.clear()
    gc.collect()
    print(cls.__name__, "again:", del_calls, wr())
print("errors:", errors)
