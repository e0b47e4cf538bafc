# isinstance() falls back to the object's __class__ attribute when type(x)
# is not a subclass (python3's object_isinstance); issubclass() does not.
import weakref

class C:
    pass

class D(C):
    pass

c = C()
p = weakref.proxy(c)
print(isinstance(p, C), isinstance(p, (int, C)), isinstance(p, D), isinstance(p, weakref.ProxyType))
print(type(p) is C, p.__class__ is C)

class ClaimsInt:
    __class__ = property(lambda self: int)

x = ClaimsInt()
print(isinstance(x, int), isinstance(x, ClaimsInt), isinstance(x, object), isinstance(x, str))
print(issubclass(ClaimsInt, int), issubclass(type(x), int))

class ClaimsNonType:
    __class__ = property(lambda self: 42)

print(isinstance(ClaimsNonType(), int), isinstance(ClaimsNonType(), ClaimsNonType))

class Missing:
    @property
    def __class__(self):
        raise AttributeError('no class here')

print(isinstance(Missing(), int), isinstance(Missing(), Missing))

class Broken:
    @property
    def __class__(self):
        raise ValueError('boom')

try:
    print(isinstance(Broken(), int))
except ValueError as e:
    print('ValueError', e)
print(isinstance(Broken(), Broken))

class Sub(ClaimsInt):
    pass

print(isinstance(Sub(), int), isinstance(Sub(), ClaimsInt))
