# gc.freeze() moves every tracked object to a permanent generation that
# collections ignore: a frozen garbage cycle survives gc.collect() until
# gc.unfreeze(); objects made after freezing are collected as usual.
# skip-backend: none: this build tracks nothing and collects nothing, so there is nothing to freeze
import gc
import weakref

class Tag:
    pass

gc.collect()
print("freeze count at start:", gc.get_freeze_count())
gc.freeze()
print("freeze count after freeze is positive:", gc.get_freeze_count() > 0)
gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())

gc.disable()
frozen = Tag()
frozen.me = frozen
ref = weakref.ref(frozen)
gc.freeze()
del frozen
gc.collect()
print("frozen cycle alive after collect:", ref() is not None)

fresh = Tag()
fresh.me = fresh
fresh_ref = weakref.ref(fresh)
del fresh
gc.collect()
print("cycle made after freeze alive after collect:", fresh_ref() is not None)

gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
gc.collect()
print("formerly frozen cycle alive after unfreeze+collect:", ref() is not None)
gc.enable()

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("freeze(1):", lambda: gc.freeze(1))
attempt("unfreeze(1):", lambda: gc.unfreeze(1))
attempt("get_freeze_count(1):", lambda: gc.get_freeze_count(1))
