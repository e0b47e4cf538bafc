# Cycles through lambdas: a lambda closing over an instance that stores the
# lambda, a lambda in its own default, a lambda that names itself.
# skip-backend: none: reference counting only: cycles are never collected
import gc
import weakref

class Tag:
    pass

gc.collect()

def make_closure_lambda():
    tag = Tag()
    tag.fn = lambda: tag
    print("lambda returns tag:", tag.fn() is tag)
    return weakref.ref(tag)

ref = make_closure_lambda()
print("lambda closure alive before collect:", ref() is not None)
gc.collect()
print("lambda closure alive after collect:", ref() is not None)

def make_default_lambda():
    tag = Tag()
    tag.fn = lambda t=tag: t
    return weakref.ref(tag)

ref = make_default_lambda()
gc.collect()
print("lambda default alive after collect:", ref() is not None)

def make_self_lambda():
    tag = Tag()
    fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
    fact.tag = tag
    print("5! =", fact(5))
    return weakref.ref(tag)

ref = make_self_lambda()
gc.collect()
print("self-naming lambda alive after collect:", ref() is not None)

def make_lambda_list():
    tag = Tag()
    tag.actions = [lambda i=i: (i, tag) for i in range(5)]
    print("actions:", [a()[0] for a in tag.actions])
    return weakref.ref(tag)

ref = make_lambda_list()
gc.collect()
print("lambda list alive after collect:", ref() is not None)
