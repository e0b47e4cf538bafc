# weakref.proxy: attribute get/set/del, calls, operators, len, iteration;
# ReferenceError once the referent is gone.
import weakref

class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def __len__(self):
        return 3
    def __iter__(self):
        return iter([self.v, self.v + 1])
    def __contains__(self, x):
        return x == self.v
    def __getitem__(self, i):
        return self.v * 10 + i
    def __setitem__(self, i, value):
        self.v = value
    def __delitem__(self, i):
        self.v = 0
    def __str__(self):
        return 'Box(%s)' % self.v
    def __add__(self, other):
        return self.v + other
    def __radd__(self, other):
        return other + self.v
    def __eq__(self, other):
        return isinstance(other, Box) and other.v == self.v
    def __lt__(self, other):
        return self.v < other.v
    def __neg__(self):
        return -self.v
    def __bool__(self):
        return self.v != 0
    def __call__(self, x):
        return x * self.v
    __hash__ = object.__hash__

b = Box(4)
p = weakref.proxy(b)
print(p.v, p.get(), len(p), list(p), 4 in p, 5 in p, p[2], str(p))
p.w = 'new'
print(b.w)
del p.w
print(hasattr(b, 'w'))
p[0] = 5
print(b.v, p.v)
del p[0]
print(b.v, bool(p))
b.v = 7
print(p + 1, 1 + p, -p, p == Box(7), p == b, p != Box(7), p < Box(8), p(3))
print(type(p) is weakref.CallableProxyType, type(p).__name__)
print(weakref.proxy(b) is p, weakref.getweakrefcount(b))
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)

class Plain:
    pass
q = weakref.proxy(Plain())
print(type(q) is weakref.ProxyType, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
for expr in (lambda: q.x, lambda: str(q), lambda: len(p and q)):
    try:
        expr()
    except ReferenceError as e:
        print('ReferenceError', e)

del b
for expr in (lambda: p.v, lambda: p.get, lambda: len(p), lambda: list(p), lambda: p + 1,
             lambda: p == 1, lambda: p(2), lambda: str(p), lambda: bool(p)):
    try:
        print(expr())
    except ReferenceError as e:
        print('ReferenceError', e)
try:
    p.v = 1
except ReferenceError as e:
    print('ReferenceError on set', e)
try:
    weakref.proxy(42)
except TypeError as e:
    print('TypeError', e)
