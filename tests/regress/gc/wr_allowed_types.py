# Instances, classes, functions, bound methods, sets and list/dict subclasses can be weakly referenced.
import weakref

class Obj:
    def method(self):
        return 1

class ListSub(list):
    pass

class DictSub(dict):
    pass

def func():
    return 2

candidates = [("instance", Obj()), ("class", Obj), ("function", func),
              ("lambda", lambda: 3), ("bound method", Obj().method),
              ("set", {1}), ("frozenset", frozenset([2])),
              ("list subclass", ListSub([1])), ("dict subclass", DictSub(a=1))]
for name, value in candidates:
    try:
        r = weakref.ref(value)
        print(name, r() is value)
    except TypeError as e:
        print(name, "refused:", e)

# A bound method is a temporary: its weak reference dies at once.
o = Obj()
r = weakref.ref(o.method)
print("bound method ref after the statement:", r())
f = lambda: 0
r = weakref.ref(f)
del f
print("lambda ref after del:", r())
