# Unhashable built-in types spell it __hash__ = None, as do classes that
# define __eq__ without __hash__; a class may restore a hash from object.
print(list.__hash__ is None, dict.__hash__ is None, set.__hash__ is None, slice.__hash__ is None)
print(frozenset.__hash__ is None, tuple.__hash__ is None, object.__hash__ is None)
print('__hash__' in list.__dict__, list.__dict__['__hash__'])

class E:
    def __eq__(self, other):
        return True

print('__hash__' in E.__dict__, E.__dict__['__hash__'], E.__hash__)
try:
    hash(E())
except TypeError as e:
    print('TypeError', e)

class F(E):
    __hash__ = object.__hash__

print(type(hash(F())).__name__, F() == 1)

class L(list):
    pass

print(L.__hash__)
try:
    hash(L())
except TypeError as e:
    print('TypeError', e)

class HL(list):
    __hash__ = object.__hash__

h = HL([1])
print(hash(h) == object.__hash__(h), {h: 'ok'}[h])

class MyInt(int):
    pass

print(hash(MyInt(5)), MyInt.__hash__ is int.__hash__)

class D(dict, E):
    pass

print(D.__hash__)
try:
    hash([])
except TypeError as e:
    print('TypeError', e)
try:
    hash({})
except TypeError as e:
    print('TypeError', e)
