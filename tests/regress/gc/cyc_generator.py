# Cycles through generators and their frames: a generator that holds itself
# in a local, a generator whose argument refers back to it, and a suspended
# generator with a finally clause found as garbage (its finally runs).
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Tag:
    pass

gc.collect()
refs = []

def self_holder():
    tag = Tag()
    refs.append(weakref.ref(tag))
    me = yield "started"           # the generator receives itself
    yield "holding " + type(me).__name__

g = self_holder()
print(next(g))
print(g.send(g))
del g
print("generator self-loop alive before collect:", refs[0]() is not None)
gc.collect()
print("generator self-loop alive after collect:", refs[0]() is not None)

def reads_box(box):
    for item in box:
        yield item

tag = Tag()
box = [tag]
g = reads_box(box)
box.append(g)                      # frame argument -> list -> generator
tag.gen = g
print(next(g) is tag)
ref = weakref.ref(tag)
del tag, box, g
gc.collect()
print("generator/argument cycle alive after collect:", ref() is not None)

# A generator never started can be in a cycle too.
tag = Tag()
tag.gen = reads_box([tag])
ref = weakref.ref(tag)
del tag
gc.collect()
print("unstarted generator cycle alive after collect:", ref() is not None)

def with_cleanup(owner):
    try:
        yield 1
        yield 2
    finally:
        print("generator finally ran")

owner = Tag()
owner.gen = with_cleanup(owner)
print("first value:", next(owner.gen))
ref = weakref.ref(owner)
del owner
print("collecting")
gc.collect()
print("suspended generator alive after collect:", ref() is not None)
