# A gc.callbacks callback that raises: python3 reports the error on stderr
# ("Exception ignored in: ...") and goes on with the other callbacks and the
# collection; gc.collect() returns normally.
import gc

log = []

def bad(phase, info):
    log.append("bad " + phase)
    raise ValueError("callback failed in " + phase)

def good(phase, info):
    log.append("good " + phase)

gc.disable()
gc.callbacks.append(bad)
gc.callbacks.append(good)
r = gc.collect()
print("collect returned:", type(r).__name__)
print(log)
gc.callbacks.remove(bad)
log.clear()
gc.collect()
print(log)
gc.callbacks.remove(good)
print("still running")
gc.enable()
