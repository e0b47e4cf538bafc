def f(x, y=1, *a, k, **kw):
    return x
print(f(1, k=2)
x = = 3
