# Follows CPython test_weakref.py test_callbacks_on_callback: weakref callbacks on a bound method that is itself a callback.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
alist = []

def safe_callback(ignore):
    alist.append("safe_callback called")

class C:
    def cb(self, ignore):
        alist.append("cb called")

c, d = C(), C()
c.other = d
d.other = c
callback = c.cb
c.wr = weakref.ref(d, callback)          # inside the trash: never called
d.wr = weakref.ref(callback, d.cb)       # inside the trash: never called
external_wr = weakref.ref(callback, safe_callback)   # alive: called
print(external_wr() is callback)

del callback, c, d, C
print(alist)
gc.collect()
print(alist)
print(external_wr())
del alist[:]
gc.collect()
print(alist)
