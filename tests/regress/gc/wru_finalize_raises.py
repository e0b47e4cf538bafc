# An exception in a finalize callback run at death is reported as
# unraisable; the program goes on and the finalizer is dead.
import weakref

class R:
    pass

def bad():
    raise ValueError('finalizer failed')

r = R()
f = weakref.finalize(r, bad)
del r
print('still running', f.alive)
r = R()
f = weakref.finalize(r, bad)
try:
    f()
except ValueError as e:
    print('explicit call raises', e)
print(f.alive)
