# Generation thresholds: the default (700, 10, 10), set_threshold with one,
# two and three arguments, round trips, and argument errors.
import gc

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

original = gc.get_threshold()
print("default:", original)
print("type:", type(original).__name__, len(original),
      all(type(x) is int for x in original))

gc.set_threshold(500, 20, 30)
print("three args:", gc.get_threshold())
gc.set_threshold(100)
print("one arg keeps the others:", gc.get_threshold())
gc.set_threshold(200, 5)
print("two args keep the third:", gc.get_threshold())
gc.set_threshold(0)
print("zero first threshold:", gc.get_threshold())
print("returns:", gc.set_threshold(700, 10, 10))
print("restored:", gc.get_threshold() == original)

attempt("no args:", lambda: gc.set_threshold())
attempt("four args:", lambda: gc.set_threshold(1, 2, 3, 4))
attempt("str arg:", lambda: gc.set_threshold("a"))
attempt("float arg:", lambda: gc.set_threshold(1.5))
attempt("keyword:", lambda: gc.set_threshold(threshold0=5))
attempt("get with arg:", lambda: gc.get_threshold(1))
print("unchanged after errors:", gc.get_threshold())
