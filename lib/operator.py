# operator: the operators as functions, and the callables itemgetter,
# attrgetter and methodcaller.

_abs = abs   # the builtin, before this module's abs hides it


# ---- comparisons and truth ----

def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b

def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b


# ---- arithmetic and bits ----

def abs(a): return _abs(a)
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def truediv(a, b): return a / b
def floordiv(a, b): return a // b
def mod(a, b): return a % b
def pow(a, b): return a ** b
def neg(a): return -a
def pos(a): return +a
def and_(a, b): return a & b
def or_(a, b): return a | b
def xor(a, b): return a ^ b
def invert(a): return ~a
inv = invert
def lshift(a, b): return a << b
def rshift(a, b): return a >> b


def index(a):
    """a as an int, through its __index__."""
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__) from None
    return method(a)


# ---- sequences ----

def concat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b

def contains(a, b): return b in a
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]


def countOf(a, b):
    """How many items of a are b or equal to b."""
    return sum(1 for item in a if item is b or item == b)


def indexOf(a, b):
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


# ---- in-place operators: return the result, as the statement would bind ----

def iadd(a, b):
    a += b
    return a

def isub(a, b):
    a -= b
    return a

def imul(a, b):
    a *= b
    return a

def itruediv(a, b):
    a /= b
    return a

def ifloordiv(a, b):
    a //= b
    return a

def imod(a, b):
    a %= b
    return a

def ipow(a, b):
    a **= b
    return a

def iand(a, b):
    a &= b
    return a

def ior(a, b):
    a |= b
    return a

def ixor(a, b):
    a ^= b
    return a

def iconcat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


# ---- callables ----

def _args_repr(args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return ', '.join(parts)


class itemgetter:
    """itemgetter(i)(obj) is obj[i]; with several items, a tuple of them."""
    __slots__ = ('_items',)

    def __init__(self, item, *items):
        self._items = (item,) + items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % _args_repr(self._items, {})


def _resolve(obj, dotted):
    for name in dotted.split('.'):
        obj = getattr(obj, name)
    return obj


class attrgetter:
    """attrgetter('a.b')(obj) is obj.a.b; with several names, a tuple."""
    __slots__ = ('_names',)

    def __init__(self, attr, *attrs):
        for name in (attr,) + attrs:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._names = (attr,) + attrs

    def __call__(self, obj):
        if len(self._names) == 1:
            return _resolve(obj, self._names[0])
        return tuple(_resolve(obj, name) for name in self._names)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % _args_repr(self._names, {})


class methodcaller:
    """methodcaller('m', *args, **kwargs)(obj) is obj.m(*args, **kwargs)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, name, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        return 'operator.methodcaller(%s)' % _args_repr((self._name,) + self._args,
                                                        self._kwargs)
