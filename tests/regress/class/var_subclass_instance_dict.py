# Instances of str, tuple, int and float subclasses get an instance __dict__
# (for str and tuple it sits after the items); what it holds dies with them.
import weakref

class Tracker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('freed', self.name)

class S(str):
    pass

class S2(S):
    pass

class T(tuple):
    pass

class I(int):
    pass

class F(float):
    pass

s = S('hello')
s.a = 1
print(s, s.a, len(s), s.upper(), type(s).__name__, sorted(vars(s)))
e = S('')
e.x = 'empty'
print(repr(e), e.x, e == '')
u = S2('héllo wörld ' * 10)
u.k = 5
print(len(u), u.k, u[1], u.__dict__, u[-3:])
t = T(range(7))
t.label = 'seven'
print(t, t.label, len(t), t[3], t.__dict__, t[2:4])
et = T()
et.z = 0
print(et, et.z)
i = I(10 ** 30)
i.big = True
print(i, i.big, i + 1)
f = F(2.5)
f.d = 'x'
print(f, f.d, f * 2, f.__dict__)

s.t = Tracker('s-attr')
t.t = Tracker('t-attr')
i.t = Tracker('i-attr')
del s, t, i
print('after del')

keep = [T((k, str(k))) for k in range(300)] + [S(str(k) * (k % 17)) for k in range(300)]
for k, o in enumerate(keep):
    if k % 3 == 0:
        o.n = k
print(sum(o.n for o in keep if hasattr(o, 'n')), keep[3].__dict__, keep[4].__dict__)
keep[600 - 3].t = Tracker('last')
del keep
print('after list')

class P(tuple):
    __slots__ = ()

p = P((1, 2))
try:
    p.x = 1
except AttributeError as err:
    print('AttributeError', err)

for o in (T((1,)), P((1,))):
    try:
        weakref.ref(o)
        print('weakref ok', type(o).__name__)
    except TypeError as err:
        print('TypeError', err)

s = S('abc')
s.__dict__ = {'q': 9}
print(s.q, vars(s))
print(hash(S('abc')) == hash('abc'), S('abc') == 'abc', {S('k'): 1}['k'])
del s.q
print(hasattr(s, 'q'), vars(s))

class Point(tuple):
    def __new__(cls, x, y):
        self = tuple.__new__(cls, (x, y))
        self.norm1 = abs(x) + abs(y)
        return self

pt = Point(3, -4)
print(pt, pt.norm1, pt[0], isinstance(pt, tuple))
