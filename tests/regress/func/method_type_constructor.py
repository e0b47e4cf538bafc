# type(bound_method)(func, obj) builds a bound method (types.MethodType).
import types

class A:
    def f(self):
        return 1
    def g(self, x, y=2):
        return (type(self).__name__, x, y)

m = type(A().f)(A.f, A())
print(m())
print(types.MethodType(A.f, A())())
print(types.MethodType(A.g, A())(5, y=7))

def free(self, z):
    return ('free', self, z)

bm = types.MethodType(free, 42)
print(bm(1), bm.__self__, bm.__func__ is free)

class B:
    pass

b = B()
b.h = types.MethodType(lambda self: self is b, b)
print(b.h())

for args in [(), (free,), (1, 2), (free, None), (free, 1, 2)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    types.MethodType(func=free, obj=1)
except TypeError as e:
    print('TypeError', e)
print(type(bm) is types.MethodType, isinstance(bm, types.MethodType))
