# weakref.finalize as a user writes it: refcount death and cycle death.
# skip-backend: none: reference counting only: cycles are never collected
import weakref, gc
class R: pass
r = R()
f = weakref.finalize(r, print, 'cleanup', 1)
print(f.alive)
del r
print(f.alive)
r2 = R(); r2.me = r2
f2 = weakref.finalize(r2, print, 'cycle cleanup')
del r2
gc.collect()
print(f2.alive)
