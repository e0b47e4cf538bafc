# Keyword-only and positional-only parameters.
def connect(host, port=80, *, timeout=10, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"

print(connect("a"))
print(connect("a", 8080))
print(connect("a", timeout=3))
print(connect("a", 443, secure=True, timeout=1))
try:
    connect("a", 1, 2)
except TypeError as e:
    print("TypeError:", e)

def kwonly_required(*, key):
    return key
print(kwonly_required(key="k"))
try:
    kwonly_required()
except TypeError as e:
    print("TypeError:", e)

def posonly(a, b, /, c, *, d):
    return a + b + c + d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
try:
    posonly(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)

def mixed(a, /, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3, e=5))
print(mixed(1, b=9, c=0, d=1, z=2))

def posonly_and_kw(x, /, **kw):
    return x, kw
print(posonly_and_kw(1, x=2))
