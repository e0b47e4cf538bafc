# Callbacks run only for weak references that are alive: a weakref that is itself garbage gets no callback.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
calls = []

class Node:
    def __init__(self, name):
        self.name = name

def note(tag):
    return lambda ref: calls.append(tag)

a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
a.wr = weakref.ref(b, note("a.wr: weakref inside the garbage"))
b.wr = weakref.ref(a, note("b.wr: weakref inside the garbage"))
outside = weakref.ref(a, note("outside: live weakref"))
del a, b
gc.collect()
print(calls)
print(outside())

# A weakref held only by a garbage list pointing at a live object: no callback either.
calls.clear()
live = Node("live")
junk = [weakref.ref(live, note("junk list weakref to live"))]
junk.append(junk)
del junk
gc.collect()
del live
print(calls)

# A live weakref held by a live object, to garbage: it is called back.
calls.clear()
keeper = Node("keeper")
c = Node("c")
c.me = c
keeper.wr = weakref.ref(c, note("keeper.wr"))
del c
gc.collect()
print(calls, keeper.wr())
