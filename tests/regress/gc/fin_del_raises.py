# An exception raised in __del__ is reported on stderr and ignored; the program carries on unaffected.
import sys
log = []

class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
        raise RuntimeError("boom in " + self.name)

b = Bad("first")
del b
print("continued after", log)

def work():
    tmp = Bad("local")
    return 42
print("return value kept:", work())

# Dying while an exception is being handled does not disturb that exception.
try:
    raise KeyError("outer")
except KeyError as e:
    obj = Bad("in handler")
    del obj
    print("still handling", repr(e), sys.exc_info()[0].__name__)

# One failing finalizer does not stop the others.
items = [Bad("item%d" % i) for i in range(3)]
items = None
print(sorted(log))

try:
    x = Bad("before raise")
    x = None
    raise ValueError("real error")
except ValueError as e:
    print("caught", e)
print("done", len(log))
