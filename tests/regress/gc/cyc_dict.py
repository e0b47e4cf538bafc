# Cycles through dicts: a dict holding itself as a value, two dicts holding
# each other, an instance used as a key of a dict it owns.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Tag:
    pass

gc.collect()

tag = Tag()
d = {"tag": tag}
d["self"] = d
ref = weakref.ref(tag)
del tag, d
print("self-dict alive before collect:", ref() is not None)
gc.collect()
print("self-dict alive after collect:", ref() is not None)

tag = Tag()
d1 = {"tag": tag}
d2 = {"other": d1}
d1["other"] = d2
ref = weakref.ref(tag)
del tag, d1, d2
print("dict pair alive before collect:", ref() is not None)
gc.collect()
print("dict pair alive after collect:", ref() is not None)

# The instance is a key of a dict stored on the instance.
tag = Tag()
tag.table = {tag: "me"}
ref = weakref.ref(tag)
del tag
print("key cycle alive before collect:", ref() is not None)
gc.collect()
print("key cycle alive after collect:", ref() is not None)

# A dict reachable only from a dict of dicts of itself, three levels deep.
tag = Tag()
top = {"a": {"b": {"c": None, "tag": tag}}}
top["a"]["b"]["c"] = top
ref = weakref.ref(tag)
del tag, top
gc.collect()
print("nested dict ring alive after collect:", ref() is not None)
