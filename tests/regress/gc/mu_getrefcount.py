# sys.getrefcount before/after.
import sys
class C: pass
c = C()
print(sys.getrefcount(c))
l = [c, c]
print(sys.getrefcount(c))
d = {'k': c}
print(sys.getrefcount(c))
del l
print(sys.getrefcount(c))
d.clear()
print(sys.getrefcount(c))
def f(x):
    return sys.getrefcount(x)
print(f(c))
t = (c,)
print(sys.getrefcount(c))
a = b = c
print(sys.getrefcount(c))
del a, b, t
print(sys.getrefcount(c))
o = object()
print(sys.getrefcount(o))
s = 'a unique string %d' % 12345
print(sys.getrefcount(s))
x = [1, 2, 3]
y = [x]
print(sys.getrefcount(x))
class D:
    def m(self): return sys.getrefcount(self)
d = D()
print(d.m())
