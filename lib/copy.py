# copy: shallow and deep copies.
#
# python3 copies most objects through the pickle protocol (__reduce_ex__);
# here the same results come from a direct rebuild: a new instance made by
# cls.__new__(cls), its __dict__ and slots filled in (through __setstate__
# when the class has one), and for subclasses of list, dict and set their
# items added.  __copy__ and __deepcopy__ take precedence, as in python3.

import weakref


class Error(Exception):
    pass

error = Error


def _function():
    pass

# Objects that are never copied, shallow or deep: the immutable atoms and
# the things that stand for code or types.
_ATOMIC = (type(None), int, float, bool, str, type, range, slice,
           type(Ellipsis), type(NotImplemented), type(_function), type(len),
           property, weakref.ref)


def copy(x):
    """A shallow copy of x: a new container holding the same items."""
    cls = type(x)
    if isinstance(x, _ATOMIC) and cls in _ATOMIC:
        return x
    if cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set):
        return x.copy()
    method = getattr(cls, '__copy__', None)
    if method is not None:
        return method(x)
    return _rebuild(x, cls, lambda value: value)


def deepcopy(x, memo=None, _nil=[]):
    """A copy of x whose containers are copied recursively.  memo maps
    id(original) to its copy, so shared objects stay shared and cycles
    are copied as cycles."""
    if memo is None:
        memo = {}
    y = memo.get(id(x), _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        return x
    copier = _DEEP_COPIERS.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        method = getattr(cls, '__deepcopy__', None)
        if method is not None:
            y = method(x, memo)
        else:
            y = _rebuild(x, cls, lambda value: deepcopy(value, memo), memo)
    if y is not x:
        memo[id(x)] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Hold x in the memo so that its id is not reused by a new object
    while the copy runs (memo[id(memo)] is python3's own convention)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y          # before the items: they may refer back to x
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple that is part of a cycle was copied while copying its items.
    if id(x) in memo:
        return memo[id(x)]
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x                 # nothing inside changed: the tuple can be shared


def _deepcopy_set(x, memo):
    return type(x)(deepcopy(item, memo) for item in x)


_DEEP_COPIERS = {
    list: _deepcopy_list,
    dict: _deepcopy_dict,
    tuple: _deepcopy_tuple,
    set: _deepcopy_set,
    frozenset: _deepcopy_set,
}


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__') and name not in names:
                names.append(name)
    return names


def _get_state(x, cls):
    """What __setstate__ receives: __getstate__'s result when the class
    defines one, else the instance dict and the filled slots."""
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None:
        return getstate(x)
    state = dict(getattr(x, '__dict__', {}))
    slots = {}
    for name in _slot_names(cls):
        if hasattr(x, name):
            slots[name] = getattr(x, name)
    return (state, slots) if slots else state


def _set_state(y, state):
    setstate = getattr(type(y), '__setstate__', None)
    if setstate is not None:
        setstate(y, state)
        return
    slots = {}
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    for name, value in slots.items():
        setattr(y, name, value)


def _new_args(x, cls):
    """The arguments of cls.__new__ that recreate x: __getnewargs__'s when
    the class has it (namedtuple does), a tuple's items for other tuple
    subclasses, else none."""
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        return getnewargs(x)
    if isinstance(x, tuple):
        return (tuple(x),)
    return ()


def _rebuild(x, cls, copy_value, memo=None):
    """A new instance of cls with x's state and items, each passed
    through copy_value (identity for copy, deepcopy for deepcopy)."""
    if isinstance(x, (set, frozenset)):
        # sets are rebuilt from their items, as python3's set.__reduce__ does
        y = cls([copy_value(item) for item in x])
    else:
        y = cls.__new__(cls, *[copy_value(arg) for arg in _new_args(x, cls)])
    if memo is not None:
        memo[id(x)] = y
    state = _get_state(x, cls)
    if state:
        _set_state(y, copy_value(state))
    if isinstance(x, list):
        y.extend([copy_value(item) for item in x])
    elif isinstance(x, dict):
        for key, value in x.items():
            y[copy_value(key)] = copy_value(value)
    return y
