import weakref
def gen():
    yield 1
g = gen()
r = weakref.ref(g)
print(r() is g)
del g
print(r())
