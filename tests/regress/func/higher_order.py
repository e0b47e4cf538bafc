# Functions as values: passing, returning, storing in containers.
def apply_twice(f, x):
    return f(f(x))

def inc(x):
    return x + 1

print(apply_twice(inc, 5), apply_twice(lambda s: s + s, "ab"))

def pipeline(value, *steps):
    for step in steps:
        value = step(value)
    return value

print(pipeline(" Hello World ", str.strip, str.lower, lambda s: s.replace(" ", "_")))
print(pipeline(3, inc, inc, lambda n: n * n))

handlers = {}
def register(name, fn):
    handlers[name] = fn
register("double", lambda x: x * 2)
register("neg", lambda x: -x)
register("inc", inc)
for name in ["double", "neg", "inc"]:
    print(name, handlers[name](21))

def my_map(f, items):
    return [f(i) for i in items]
def my_filter(pred, items):
    return [i for i in items if pred(i)]
def my_reduce(f, items, init):
    acc = init
    for i in items:
        acc = f(acc, i)
    return acc

nums = list(range(1, 11))
print(my_map(inc, nums))
print(my_filter(lambda n: n % 2 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(max, [3, 9, 2], 0))
print(callable(inc), callable(5), callable(len), callable(lambda: 0))
print(inc.__name__, len.__name__)
print(sorted([3, 1, 2], key=None), list(map(str, [1, 2])))
