# Cycles through tuples: tuples are immutable, so the loop closes through a
# list or an instance attribute.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Tag:
    pass

gc.collect()

tag = Tag()
lst = [tag]
t = (lst, 1, "two")
lst.append(t)
ref = weakref.ref(tag)
del tag, lst, t
print("tuple/list alive before collect:", ref() is not None)
gc.collect()
print("tuple/list alive after collect:", ref() is not None)

tag = Tag()
tag.pair = (tag, tag)
ref = weakref.ref(tag)
del tag
print("tuple attr alive before collect:", ref() is not None)
gc.collect()
print("tuple attr alive after collect:", ref() is not None)

# Tuple nested in tuple nested in a list: the collector must look inside all.
tag = Tag()
holder = []
holder.append(((holder, tag), (1, 2)))
ref = weakref.ref(tag)
del tag, holder
gc.collect()
print("nested tuples alive after collect:", ref() is not None)

# A tuple that survived a collection (and may have been untracked) becomes
# part of a cycle later through a list inside it.
tag = Tag()
box = []
t = (box, tag)
gc.collect()
box.append(t)
ref = weakref.ref(tag)
del tag, box, t
gc.collect()
print("late tuple cycle alive after collect:", ref() is not None)
