# sys.getrefcount differences as containers, generators and iterators hold an object.
import sys
x = object()
base = sys.getrefcount(x)
l = [x] * 100
print(sys.getrefcount(x) - base)
s = {x}
print(sys.getrefcount(x) - base)
del l, s
print(sys.getrefcount(x) - base)
d = dict.fromkeys(range(10), x)
print(sys.getrefcount(x) - base)
d.clear()
t = tuple([x, x])
print(sys.getrefcount(x) - base)
del t
g = (x for _ in range(3))
print(sys.getrefcount(x) - base)
del g
it = iter([x])
print(sys.getrefcount(x) - base)
next(it)
print(sys.getrefcount(x) - base)
