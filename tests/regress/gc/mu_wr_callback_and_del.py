# Weakref callback and __del__ of the same object, by refcount and in a cycle.
# skip-backend: none: reference counting only: cycles are never collected
import weakref, gc
log = []
class A:
    def __del__(self):
        log.append('del')
a = A()
r = weakref.ref(a, lambda wr: log.append('callback'))
del a
print(log)
b = A(); b.me = b
log.clear()
r2 = weakref.ref(b, lambda wr: log.append('callback'))
del b
gc.collect()
print(log)
