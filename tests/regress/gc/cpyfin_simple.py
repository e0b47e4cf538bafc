# Follows CPython test_finalization.py SimpleFinalizationTest (test_simple, test_simple_resurrect): no cycles.
import gc, weakref
gc.disable()
del_calls = []
survivors = []

class Simple:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        del_calls.append(self.tag)

class Resurrector(Simple):
    def __del__(self):
        del_calls.append(self.tag)
        survivors.append(self)

s = Simple("simple")
wr = weakref.ref(s)
del s
gc.collect()
print(del_calls, survivors, wr())
gc.collect()
print(del_calls, survivors)

del_calls.clear()
s = Resurrector("resurrector")
wr = weakref.ref(s)
del s
gc.collect()
print(del_calls, [x.tag for x in survivors], wr() is survivors[0])
survivors.clear()
gc.collect()
print(del_calls, survivors, wr())
