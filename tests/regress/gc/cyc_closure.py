# Cycles through functions and closure cells: a nested function that refers
# to itself, two nested functions that call each other, a function
# attribute pointing back at the function.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Tag:
    pass

gc.collect()

def make_recursive():
    tag = Tag()
    def count_down(n):
        if n == 0:
            return tag
        return count_down(n - 1)   # count_down -> cell -> count_down
    print("recursive result is tag:", count_down(3) is tag)
    return weakref.ref(tag)

ref = make_recursive()
print("recursive closure alive before collect:", ref() is not None)
gc.collect()
print("recursive closure alive after collect:", ref() is not None)

def make_mutual():
    tag = Tag()
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    is_even.tag = tag
    print("even/odd:", is_even(10), is_odd(7))
    return weakref.ref(tag)

ref = make_mutual()
gc.collect()
print("mutual closures alive after collect:", ref() is not None)

def make_attribute_loop():
    tag = Tag()
    def f():
        return 1
    f.me = f
    f.tag = tag
    return weakref.ref(tag)

ref = make_attribute_loop()
gc.collect()
print("function attribute loop alive after collect:", ref() is not None)

# A closure cell holding an instance that holds the closure.
def make_cell_loop():
    tag = Tag()
    def get():
        return tag
    tag.getter = get
    return weakref.ref(tag)

ref = make_cell_loop()
gc.collect()
print("cell <-> instance alive after collect:", ref() is not None)

# A closure cell rebound later (nonlocal) still reports its new value.
def make_rebound():
    holder = None
    def setter(v):
        nonlocal holder
        holder = v
    tag = Tag()
    tag.setter = setter
    setter(tag)
    return weakref.ref(tag)

ref = make_rebound()
gc.collect()
print("rebound cell alive after collect:", ref() is not None)
