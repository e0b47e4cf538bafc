# python3 moves __qualname__ out of the class namespace onto the type.
class A:
    pass

print('__qualname__' in A.__dict__, A.__qualname__, A.__name__)

class Outer:
    class Inner:
        class Deep:
            pass
    def make(self):
        class Local:
            pass
        return Local

print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer().make().__qualname__)
print('__qualname__' in Outer.Inner.__dict__, Outer.Inner)

try:
    print(A().__qualname__)
except AttributeError as e:
    print('AttributeError', e)

class B(A):
    pass

print(B.__qualname__, sorted(k for k in vars(B) if k.startswith('__q')))

A.__qualname__ = 'Renamed'
print(A.__qualname__, A, A.__name__, '__qualname__' in A.__dict__)
try:
    A.__qualname__ = 3
except TypeError as e:
    print('TypeError', e)
try:
    del A.__qualname__
except TypeError as e:
    print('TypeError', e)

T = type('T', (), {'__qualname__': 'X.T'})
print(T.__qualname__, T.__name__, T, '__qualname__' in T.__dict__)
try:
    type('U', (), {'__qualname__': 5})
except TypeError as e:
    print('TypeError', e)

class Meta(type):
    pass

class M(metaclass=Meta):
    pass

print(M.__qualname__, '__qualname__' in M.__dict__, str.__qualname__)
