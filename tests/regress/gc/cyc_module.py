# Cycles through modules: a function's globals are its module's dict, so a
# module global that refers to the module's function closes a loop; a module
# object stored inside its own namespace closes another.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import sys
import weakref

ModuleType = type(sys)

class Tag:
    pass

gc.collect()

# module dict -> function -> (its globals) module dict, plus a tag in the dict.
m = ModuleType("scratch")
exec("tag = None\ndef get():\n    return tag\n", m.__dict__)
m.tag = Tag()
print("function sees its global:", m.get() is m.tag)
ref = weakref.ref(m.tag)
del m
gc.collect()
print("module namespace cycle alive after collect:", ref() is not None)

# module -> its own dict -> module
m = ModuleType("selfish")
m.me = m
m.tag = Tag()
ref = weakref.ref(m.tag)
del m
gc.collect()
print("module self-reference alive after collect:", ref() is not None)

# An instance holding the module that holds the instance.
m = ModuleType("owner")
m.obj = Tag()
m.obj.module = m
ref = weakref.ref(m.obj)
del m
gc.collect()
print("module <-> instance alive after collect:", ref() is not None)

# The running module refers to its own functions and they to it; it stays.
def here():
    return "still here"
keep = Tag()
keep.fn = here
ref = weakref.ref(keep)
del keep
gc.collect()
print("__main__ function loop:", here(), ref() is None)
