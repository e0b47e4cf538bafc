# weakref.finalize: alive, peek, detach, __call__, runs once when the
# referent dies (by reference counting here), never twice.
import weakref

class Res:
    def __init__(self, name):
        self.name = name

def close(name, how='normally'):
    print('close', name, how)
    return 'closed ' + name

r = Res('a')
f = weakref.finalize(r, close, 'a', how='by death')
print(f.alive, f.atexit)
obj, func, args, kwargs = f.peek()
print(obj is r, func is close, args, kwargs)
del r, obj
print('after death', f.alive, f.peek(), f.detach(), f())

r = Res('b')
f = weakref.finalize(r, close, 'b')
print(f())
print(f(), f.alive)
del r
print('died after an explicit call: no second run')

r = Res('c')
f = weakref.finalize(r, close, 'c')
obj, func, args, kwargs = f.detach()
print(obj.name, func is close, args, kwargs, f.alive, f.detach())
del r, obj
print('detached: no run at death')

# the finalize object need not be kept by the caller
weakref.finalize(Res('d'), close, 'd', how='at once')
r = Res('e')
weakref.finalize(r, close, 'e')
del r

# several finalizers on one object: newest first, as the weak references
r = Res('f')
weakref.finalize(r, close, 'f1')
weakref.finalize(r, close, 'f2')
del r

# atexit is writable
r = Res('g')
f = weakref.finalize(r, close, 'g')
f.atexit = False
print(f.atexit)
f.atexit = True
print(f.atexit)
print('end')
