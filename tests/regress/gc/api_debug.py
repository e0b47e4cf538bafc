# gc.get_debug() / gc.set_debug() round trip and the DEBUG_* constants.
import gc

print("default:", gc.get_debug())
print("DEBUG_STATS:", gc.DEBUG_STATS)
print("DEBUG_COLLECTABLE:", gc.DEBUG_COLLECTABLE)
print("DEBUG_UNCOLLECTABLE:", gc.DEBUG_UNCOLLECTABLE)
print("DEBUG_SAVEALL:", gc.DEBUG_SAVEALL)
print("DEBUG_LEAK:", gc.DEBUG_LEAK)
print("LEAK combines:", gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)

print("set returns:", gc.set_debug(gc.DEBUG_SAVEALL))
print("after set SAVEALL:", gc.get_debug())
gc.set_debug(gc.DEBUG_LEAK)
print("after set LEAK:", gc.get_debug())
gc.set_debug(gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print("after set two flags:", gc.get_debug())
gc.set_debug(0)
print("after reset:", gc.get_debug())

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("set_debug():", lambda: gc.set_debug())
attempt("set_debug('x'):", lambda: gc.set_debug("x"))
attempt("set_debug(1.5):", lambda: gc.set_debug(1.5))
attempt("get_debug(1):", lambda: gc.get_debug(1))
print("unchanged:", gc.get_debug())
