# A generator cannot be re-entered while it is running; generator names.
def selfref():
    yield "first"
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    yield "second"

me = selfref()
print(list(me))

def gen():
    yield 1
    yield 2

g = gen()
print(g.__name__)
print(next(g))
print(list(g))

def lazy_default():
    yield sum(range(4))
print(next(lazy_default()))

def make_gens():
    return [(lambda k: (k * i for i in range(3)))(k) for k in range(3)]
print([list(g) for g in make_gens()])
