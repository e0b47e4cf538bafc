# An exception kept after its handler holds the failing frame's locals until dropped.
import gc, weakref
class Res:
    def __del__(self): print('Res freed')
def fail():
    r = Res()
    raise ValueError('x')
def catch():
    try:
        fail()
    except ValueError as e:
        return e
err = catch()
print('exception kept', type(err).__name__)
del err
gc.collect()
print('end')
