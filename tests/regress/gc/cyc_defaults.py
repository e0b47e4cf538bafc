# Cycles through default arguments: positional and keyword-only defaults
# holding an instance that holds the function.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Tag:
    pass

gc.collect()

def make_positional():
    tag = Tag()
    def f(x=tag):                  # f -> __defaults__ -> tag
        return x
    tag.f = f                      # tag -> f
    print("default is tag:", f() is tag)
    return weakref.ref(tag)

ref = make_positional()
print("default cycle alive before collect:", ref() is not None)
gc.collect()
print("default cycle alive after collect:", ref() is not None)

def make_keyword_only():
    tag = Tag()
    def g(*, key=tag):
        return key
    tag.g = g
    print("kwdefault is tag:", g() is tag)
    return weakref.ref(tag)

ref = make_keyword_only()
gc.collect()
print("kw-only default cycle alive after collect:", ref() is not None)

def make_list_default():
    tag = Tag()
    def h(acc=[]):
        acc.append(h)              # the mutable default ends up holding h
        return acc
    h()
    h.tag = tag
    return weakref.ref(tag)

ref = make_list_default()
gc.collect()
print("mutable default cycle alive after collect:", ref() is not None)
