fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
def kw(a, /, b, *, c=3, **rest):
    return a, b, c, rest
print(kw(1, b=2, d=4), kw(1, 2, c=0))
try:
    kw(a=1, b=2)
except TypeError as e:
    print(e)
def star(*args, sep="-"):
    return sep.join(map(str, args))
print(star(*range(4), sep="+"), star(*"abc"), star(**{"sep": "/"}))
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(name):
    return "hi " + name
print(hello("x"), hello.__name__ if 0 else "")
compose = lambda *fs: lambda x: x if not fs else fs[0](compose(*fs[1:])(x))
print(compose(str, abs, lambda v: v - 10)(3))
