# A weakref callback for an object in a cycle runs at gc.collect().
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
class A: pass
log = []
a = A(); a.me = a
wr = weakref.ref(a, lambda r: log.append('cb'))
del a
print(log)
gc.collect()
print(log, wr())
