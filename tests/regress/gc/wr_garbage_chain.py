# Weak references that become cyclic garbage leave their referent's list:
# they are neither counted, listed, shared nor called back, and the live
# references around them keep working.  (Under Boehm the list is disguised
# from libgc, and a garbage weak reference leaves it through a finalizer.)
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()

class Node:
    pass

calls = []
def note(tag):
    return lambda ref: calls.append(tag)

# Garbage plain refs and garbage refs with callbacks, interleaved with live ones.
target = Node()
live = []
for i in range(6):
    junk = [weakref.ref(target, note("garbage %d" % i))]
    junk.append(junk)
    live.append(weakref.ref(target, note("live %d" % i)))
    plain = [weakref.ref(target)]
    plain.append(plain)
del junk, plain
print("before collect:", weakref.getweakrefcount(target))
gc.collect()
print("after collect:", weakref.getweakrefcount(target))
print("listed are live:", all(r in live for r in weakref.getweakrefs(target)))
shared = weakref.ref(target)
print("new plain ref works:", shared() is target, weakref.ref(target) is shared)
print("count with shared:", weakref.getweakrefcount(target))
del target
print(sorted(calls))
print("live refs dead:", [r() for r in live], shared())

# Many cycles holding weak references to one object, with the collector
# running on its own while they are made.
gc.enable()
keep = Node()
kept_refs = []
for i in range(3000):
    n = Node()
    n.self = n
    n.wr = weakref.ref(keep, note("cycle"))
    if i % 500 == 0:
        kept_refs.append(weakref.ref(keep, note("kept")))
del n
gc.collect()
calls.clear()
print("refs left:", weakref.getweakrefcount(keep))
del keep
print(calls)

# A weakref subclass with __del__, itself garbage: __del__ runs, the callback does not.
class Ref(weakref.ref):
    def __del__(self):
        calls.append("Ref.__del__")

calls.clear()
obj = Node()
holder = Node()
holder.r = Ref(obj, note("Ref callback"))
holder.me = holder
del holder
gc.collect()
del obj
print(calls)
