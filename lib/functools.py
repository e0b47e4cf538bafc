# functools: higher-order functions and decorators.

from collections import namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy its name, doc and so on (those
    it has), merge its __dict__, and point __wrapped__ at it."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper, for wrappers defined in decorators."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


_NO_INITIAL = object()


def reduce(function, iterable, initial=_NO_INITIAL, /):
    """Fold the items from the left: function(function(a, b), c)..."""
    it = iter(iterable)
    if initial is _NO_INITIAL:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for item in it:
        value = function(value, item)
    return value


class partial:
    """partial(f, *args, **kw)(*more, **morekw) calls
    f(*args, *more, **kw, **morekw)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            # flatten, as python3 does: partial(partial(f, 1), 2) is partial(f, 1, 2)
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += ['%s=%r' % (k, v) for k, v in self.keywords.items()]
        return 'functools.partial(%s)' % ', '.join(parts)


# ---- caches ----

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


class _KwargsMark:
    """Separates positional arguments from keyword items in a cache key."""
    pass

_KWARGS_MARK = (_KwargsMark,)


def _make_key(args, kwargs, typed):
    """A hashable key for one call.  A lone int or str argument is its own
    key, as in python3 (equal calls share an entry)."""
    key = args
    if kwargs:
        key += _KWARGS_MARK
        for item in kwargs.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwargs:
            key += tuple(type(v) for v in kwargs.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Memoize a function, keeping the maxsize most recently used results
    (all of them when maxsize is None).  Usable as @lru_cache,
    @lru_cache() and @lru_cache(maxsize=..., typed=...)."""
    if callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without parentheses: maxsize is the function
        return _lru_wrapper(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}            # key -> result, least recently used first
    stats = [0, 0]        # hits, misses

    def wrapper(*args, **kwargs):
        key = _make_key(args, kwargs, typed)
        if key in cache:
            stats[0] += 1
            result = cache.pop(key)
            cache[key] = result      # now the most recently used
            return result
        stats[1] += 1
        result = user_function(*args, **kwargs)
        if maxsize != 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    update_wrapper(wrapper, user_function)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def cache(user_function, /):
    """An unbounded lru_cache."""
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    """A property computed on first access and then stored in the instance
    dict, which later lookups find first."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two '
                            'different names (%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        value = self.func(instance)
        instance.__dict__[self.attrname] = value
        return value


# ---- total_ordering ----

# For each root comparison a class may define, the other three expressed
# through it (and ==), passing NotImplemented through.

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r and self != other

def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else r or self == other

def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r

def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r or self == other

def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else r and self != other

def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r

def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r and self != other

def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else r or self == other

def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r

def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r or self == other

def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else r and self != other

def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r

# python3 prefers __lt__, then __le__, __gt__, __ge__ as the root.
_DERIVED = [
    ('__lt__', {'__gt__': _gt_from_lt, '__le__': _le_from_lt, '__ge__': _ge_from_lt}),
    ('__le__', {'__ge__': _ge_from_le, '__lt__': _lt_from_le, '__gt__': _gt_from_le}),
    ('__gt__', {'__lt__': _lt_from_gt, '__ge__': _ge_from_gt, '__le__': _le_from_gt}),
    ('__ge__', {'__le__': _le_from_ge, '__gt__': _gt_from_ge, '__lt__': _lt_from_ge}),
]


def total_ordering(cls):
    """Class decorator: from __eq__ and one of < <= > >=, define the rest."""
    roots = [name for name, _ in _DERIVED
             if getattr(cls, name, None) is not getattr(object, name, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, derived in _DERIVED:
        if name == roots[0]:
            break
    for opname, function in derived.items():
        if opname not in roots:
            setattr(cls, opname, function)
    return cls


def cmp_to_key(mycmp):
    """A key class whose comparisons call the old-style mycmp(a, b)."""

    class K:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K
