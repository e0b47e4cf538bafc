# gc.is_finalized(): False for atomic values and fresh objects, True for an
# object whose __del__ has run (and that __del__ resurrected).
import gc

storage = []

class Lazarus:
    def __del__(self):
        storage.append(self)

class Plain:
    pass

print("int:", gc.is_finalized(3))
print("str:", gc.is_finalized("s"))
print("plain instance:", gc.is_finalized(Plain()))
lazarus = Lazarus()
print("before __del__:", gc.is_finalized(lazarus))
del lazarus                          # __del__ runs now and resurrects it
lazarus = storage.pop()
print("after __del__:", gc.is_finalized(lazarus))
print("class:", gc.is_finalized(Lazarus))

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("no args:", lambda: gc.is_finalized())
attempt("two args:", lambda: gc.is_finalized(1, 2))
