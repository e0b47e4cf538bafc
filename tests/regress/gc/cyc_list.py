# Cycles through lists are found by gc.collect(): a list holding itself, two
# lists holding each other, and a list inside an instance that the list holds.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Tag:
    pass

gc.collect()

# A list that contains itself, with a tagged instance riding along.
tag = Tag()
lst = [tag]
lst.append(lst)
ref = weakref.ref(tag)
del tag, lst
print("self-list alive before collect:", ref() is not None)
gc.collect()
print("self-list alive after collect:", ref() is not None)

# Two lists that hold each other.
tag = Tag()
a = [tag]
b = [a]
a.append(b)
ref = weakref.ref(tag)
del tag, a, b
print("list pair alive before collect:", ref() is not None)
gc.collect()
print("list pair alive after collect:", ref() is not None)

# instance -> list -> instance
tag = Tag()
tag.items = [1, 2, tag]
ref = weakref.ref(tag)
del tag
print("instance/list alive before collect:", ref() is not None)
gc.collect()
print("instance/list alive after collect:", ref() is not None)

# A cycle still reachable from a live variable is kept.
tag = Tag()
keep = [tag]
keep.append(keep)
ref = weakref.ref(tag)
del tag
gc.collect()
print("reachable cycle kept:", ref() is not None, len(keep), keep[1] is keep)
