# gc.get_count(): a 3-tuple of non-negative ints; relations that hold on
# python3 without depending on exact allocation counts.
import gc

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

c = gc.get_count()
print("type:", type(c).__name__, len(c), all(type(x) is int for x in c))
print("non-negative:", all(x >= 0 for x in c))
gc.collect()
a = gc.get_count()
print("older counts reset by a full collection:", a[1:] == (0, 0))
attempt("get_count(1):", lambda: gc.get_count(1))
