# gc.collect() arguments: generations 0, 1 and 2 (positional and keyword),
# no argument, and the errors for bad generations and bad types.
import gc

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, r >= 0)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("collect()", lambda: gc.collect())
attempt("collect(0)", lambda: gc.collect(0))
attempt("collect(1)", lambda: gc.collect(1))
attempt("collect(2)", lambda: gc.collect(2))
attempt("collect(generation=0)", lambda: gc.collect(generation=0))
attempt("collect(generation=2)", lambda: gc.collect(generation=2))
attempt("collect(True)", lambda: gc.collect(True))
attempt("collect(3)", lambda: gc.collect(3))
attempt("collect(-1)", lambda: gc.collect(-1))
attempt("collect(100)", lambda: gc.collect(100))
attempt("collect('x')", lambda: gc.collect("x"))
attempt("collect(1.5)", lambda: gc.collect(1.5))
attempt("collect(None)", lambda: gc.collect(None))
attempt("collect(1, 2)", lambda: gc.collect(1, 2))
attempt("collect(gen=1)", lambda: gc.collect(gen=1))
