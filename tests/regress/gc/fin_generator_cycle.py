# A suspended generator inside a garbage cycle is closed by gc.collect(): its finally block runs once.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
log = []

def worker(name):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally " + name)

g = worker("in list cycle")
next(g)
box = [g]
box.append(box)
del g, box
print(log)
gc.collect()
print(log)

# The generator refers to its own container through a local variable.
def self_aware(holder):
    try:
        while True:
            yield len(holder)
    finally:
        log.append("finally self-aware")

holder = []
g = self_aware(holder)
holder.append(g)
next(g)
del g, holder
gc.collect()
print(log)
gc.collect()
print(len(log))
