# After CPython's test_gc.py test_frame: a frame that refers to itself
# through a local is garbage once its function is done.  sys._getframe is
# not in the subset, so the frame is reached the ways a program can: a
# generator's frame holding the generator, and a traceback's frames holding
# the exception that owns the traceback.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Tag:
    pass

gc.collect()
gc.disable()

def frame_holds_generator():
    tag = Tag()
    me = yield weakref.ref(tag)
    yield me

g = frame_holds_generator()
ref = next(g)
g.send(g)
del g
gc.collect()
print("generator frame cycle freed:", ref() is None)

def inner():
    raise KeyError("k")

def frame_holds_exception():
    tag = Tag()
    try:
        inner()
    except KeyError as e:
        err = e
    return weakref.ref(tag)

ref = frame_holds_exception()
gc.collect()
print("traceback frame cycle freed:", ref() is None)
gc.enable()
