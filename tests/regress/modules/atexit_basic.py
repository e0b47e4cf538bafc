# atexit: callbacks run at exit, last registered first, with their
# arguments; unregister removes every registration of a function; a
# callback that raises is reported and the others still run.
import atexit

def say(*words, end="."):
    print(" ".join(words) + end)

atexit.register(say, "first", "registered")
atexit.register(say, "removed")
atexit.register(say, "second", end="!")

@atexit.register
def decorated():
    print("decorated runs first")

def fails():
    raise ValueError("callback failed")

atexit.register(fails)
atexit.register(say, "removed")
atexit.unregister(say)
atexit.register(say, "say again", end="?")
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("end of program")
