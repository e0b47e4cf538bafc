# Function decorators built from closures (no classes).
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("  ->", result)
        return result
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(1, 2)
add(5, b=7)

def repeat(times):
    def deco(fn):
        def wrapper(x):
            for _ in range(times):
                x = fn(x)
            return x
        return wrapper
    return deco

@repeat(3)
def double(x):
    return x * 2
print(double(1))

registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn

@register
def alpha():
    return "a"

@register
@repeat(2)
def bump(x):
    return x + 1

print(registry, alpha(), bump(0))
