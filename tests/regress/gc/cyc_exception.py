# Cycles through exceptions and tracebacks: an exception caught and stored
# in a local of the frame that raised it (exception -> traceback -> frame ->
# locals -> exception), an exception referring to itself, and two
# exceptions chained to each other.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Tag:
    pass

class AppError(Exception):
    pass

gc.collect()

def keep_own_exception():
    tag = Tag()
    try:
        raise ValueError("boom")
    except ValueError as e:
        saved = e                  # the frame's local holds its own exception
    return weakref.ref(tag)

ref = keep_own_exception()
# (python3 keeps this one alive until the collection, through the frame
# its traceback holds; ouro's traceback holds the frame's locals as they
# were when the exception passed, so refcounting may free it sooner.)
gc.collect()
print("traceback cycle alive after collect:", ref() is not None)

def deeper(n):
    if n == 0:
        raise AppError("deep")
    deeper(n - 1)

def keep_deep_exception():
    tag = Tag()
    try:
        deeper(5)
    except AppError as e:
        saved = e
        print("caught:", saved)
    return weakref.ref(tag)

ref = keep_deep_exception()
gc.collect()
print("deep traceback cycle alive after collect:", ref() is not None)

err = AppError("self")
err.me = err
ref = weakref.ref(err)
del err
gc.collect()
print("exception self-attribute alive after collect:", ref() is not None)

a = AppError("a")
b = AppError("b")
a.__cause__ = b
b.__cause__ = a
refs = [weakref.ref(a), weakref.ref(b)]
del a, b
gc.collect()
print("cause cycle alive after collect:", [r() is not None for r in refs])

err = AppError("args")
err.args = (err, 1)
ref = weakref.ref(err)
del err
gc.collect()
print("exception args cycle alive after collect:", ref() is not None)
