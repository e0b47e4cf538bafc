# object() as a sentinel, and what plain object instances cannot do.
MISSING = object()

def lookup(d, key, default=MISSING):
    if key in d:
        return d[key]
    if default is MISSING:
        raise KeyError(key)
    return default

data = {"a": 1, "b": None}
print(lookup(data, "a"), lookup(data, "b"), lookup(data, "c", 0))
try:
    lookup(data, "c")
except KeyError as e:
    print("KeyError:", e)
o = object()
print(type(o).__name__, o == o, o != object(), o is MISSING)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(o, object), isinstance(3, object), isinstance(object, object))
print(hasattr(o, "__class__"), o.__class__ is object)
s1, s2 = object(), object()
d = {s1: "first", s2: "second"}
print(d[s1], d[s2], len(d))
print(s1 in d, object() in d)
print(object.__name__, object.__bases__)
print(len(set([s1, s2, s1])))
