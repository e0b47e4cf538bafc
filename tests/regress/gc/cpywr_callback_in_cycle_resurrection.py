# Follows CPython test_weakref.py test_callback_in_cycle_resurrection: callbacks inside the trash never run.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
alist = []

class C:
    def __init__(self, value):
        self.attribute = value
    def acallback(self, ignore):
        alist.append(self.c)      # would resurrect the other member

c1, c2 = C(1), C(2)
c1.c = c2
c2.c = c1
c1.wr = weakref.ref(c2, c1.acallback)
c2.wr = weakref.ref(c1, c2.acallback)

def C_went_away(ignore):
    alist.append("C went away")
wr = weakref.ref(C, C_went_away)

del c1, c2, C
print(alist)
gc.collect()
print(alist)
print(wr())
del alist[:]
gc.collect()
print(alist)
