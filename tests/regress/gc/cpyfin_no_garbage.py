# Follows CPython test_finalization.py TestBase.tearDown: since PEP 442 cycles with __del__ never end up in gc.garbage.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []

class Final:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        log.append(self.tag)

print("garbage at start:", gc.garbage)
a, b = Final("a"), Final("b")
a.b, b.a = b, a
c = Final("self")
c.c = c
refs = [weakref.ref(x) for x in (a, b, c)]
del a, b, c
gc.collect()
print(sorted(log), gc.garbage, [r() for r in refs])
