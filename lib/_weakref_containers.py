# The weak containers of the weakref module, in the language itself.
# Not imported by name: mod_weakref_create (weakref.c) runs this source in
# the weakref module's own dict, where `ref` is the C weak reference type.
#
# Entries disappear through the callbacks of the weak references they
# hold; a callback reaches its container through a weak reference, so
# containers and entries form no cycle.

class WeakValueDictionary:
    def __init__(self, other=(), **kwargs):
        self.data = {}
        self.update(other, **kwargs)
    def _remover(self, key):
        selfref = ref(self)
        def remove(wr):
            d = selfref()
            if d is not None and d.data.get(key) is wr:
                del d.data[key]
        return remove
    def __setitem__(self, key, value):
        self.data[key] = ref(value, self._remover(key))
    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o
    def __delitem__(self, key):
        del self.data[key]
    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key
    def keys(self):
        return iter(self)
    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o
    def items(self):
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield key, o
    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o
    def pop(self, key, *default):
        wr = self.data.pop(key, None)
        o = wr() if wr is not None else None
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o
    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o
    def update(self, other=(), **kwargs):
        if hasattr(other, 'items'):
            other = other.items()
        for key, value in other:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value
    def copy(self):
        return WeakValueDictionary(self.items())
    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)

class WeakKeyDictionary:
    def __init__(self, dict=None):
        self.data = {}
        selfref = ref(self)
        def remove(wr):
            d = selfref()
            if d is not None:
                d.data.pop(wr, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)
    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value
    def __getitem__(self, key):
        return self.data[ref(key)]
    def __delitem__(self, key):
        del self.data[ref(key)]
    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o
    def keys(self):
        return iter(self)
    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value
    def items(self):
        for wr, value in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, value
    def get(self, key, default=None):
        return self.data.get(ref(key), default)
    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)
    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)
    def update(self, dict=None, **kwargs):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value
    def copy(self):
        return WeakKeyDictionary(self.items())
    def __repr__(self):
        return '<WeakKeyDictionary at %#x>' % id(self)

class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        selfref = ref(self)
        def remove(wr):
            s = selfref()
            if s is not None:
                s.data.discard(wr)
        self._remove = remove
        if data is not None:
            for item in data:
                self.add(item)
    def add(self, item):
        self.data.add(ref(item, self._remove))
    def discard(self, item):
        self.data.discard(ref(item))
    def remove(self, item):
        self.data.remove(ref(item))
    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o
    def __repr__(self):
        return '<WeakSet at %#x>' % id(self)

# ---- finalize ----
#
# The finalize object itself is the callback of its weak reference, and a
# class-level registry keeps it alive however the caller drops it, so the
# callback runs when the referent dies.  Registry entries are removed when
# the finalizer runs or is detached: it runs at most once.

class finalize:
    _registry = {}        # finalize object -> [weakref, func, args, kwargs, atexit, index]
    _shutdown = False
    _index = 0
    _registered_with_atexit = False

    def __init__(self, obj, func, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        finalize._index += 1
        wr = ref(obj, self)
        self._registry[self] = [wr, func, args, kwargs, True, finalize._index]

    @classmethod
    def _exitfunc(cls):
        # An atexit callback: the finalizers still pending with atexit set
        # run, newest first; from then on no finalizer runs.
        try:
            pending = sorted((entry[5], f) for f, entry in cls._registry.items() if entry[4])
            for index, f in reversed(pending):
                try:
                    f()
                except Exception as e:
                    import sys
                    sys.stderr.write('Exception in a finalizer at exit:\n%s: %s\n'
                                     % (type(e).__name__, e))
        finally:
            cls._shutdown = True

    # No global names below: these run at interpreter exit too, while the
    # module's globals are being set to None.
    def __call__(self, _=None):
        entry = self._registry.pop(self, None)
        if entry is not None and (not self._shutdown or entry[4]):
            return entry[1](*entry[2], **(entry[3] or {}))
        return None

    def detach(self):
        entry = self._registry.get(self)
        obj = entry[0]() if entry is not None else None
        if obj is not None and self._registry.pop(self, None) is not None:
            return (obj, entry[1], entry[2], entry[3] or {})
        return None

    def peek(self):
        entry = self._registry.get(self)
        obj = entry[0]() if entry is not None else None
        if obj is not None:
            return (obj, entry[1], entry[2], entry[3] or {})
        return None

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        entry = self._registry.get(self)
        return entry is not None and entry[4]

    @atexit.setter
    def atexit(self, value):
        entry = self._registry.get(self)
        if entry is not None:
            entry[4] = bool(value)

    def __repr__(self):
        entry = self._registry.get(self)
        obj = entry[0]() if entry is not None else None
        if obj is None:
            return '<finalize object at %#x; dead>' % id(self)
        return '<finalize object at %#x; for %r at %#x>' % (id(self), type(obj).__name__, id(obj))

# ---- WeakMethod ----
#
# A weak reference to a bound method, which is a fresh object each time it
# is looked up: it refers weakly to the instance (the reference itself)
# and to the function, and is dead once either is.

class WeakMethod(ref):
    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not %s' % type(meth)) from None
        selfref = None
        def on_death(wr):
            # Called for the instance's death and the function's: the
            # user's callback runs once, on the first.
            wm = selfref()
            if wm is not None and wm._alive:
                wm._alive = False
                if callback is not None:
                    callback(wm)
        self = ref.__new__(cls, obj, on_death)
        self._func_ref = ref(func, on_death)
        self._alive = True
        selfref = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


# ---- proxy ----
#
# A proxy holds a weak reference (_ProxyRef) to its referent and forwards
# attribute access, calls and operators to it; once the referent is gone
# each of them raises ReferenceError.  As in python3 a proxy without a
# callback is shared: proxy(o) twice gives the same object while it lives.

class _ProxyRef(ref):
    # .proxy: a weak reference to the proxy that owns this ref.
    pass

def _referent(p):
    o = object.__getattribute__(p, '_proxy_ref')()
    if o is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return o

def _unwrap(x):
    # Either operand of an operator may be a proxy; python3 unwraps both.
    if isinstance(x, _Proxy):
        return _referent(x)
    return x

class _Proxy:
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'weakref.%s' instances" % cls.__name__)

    def __getattribute__(self, name):
        return getattr(_referent(self), name)
    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)
    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_proxy_ref')()
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(o).__name__, id(o))
    def __str__(self):
        return str(_referent(self))
    def __bool__(self):
        return bool(_referent(self))
    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __len__(self):
        return len(_referent(self))
    def __iter__(self):
        return iter(_referent(self))
    def __next__(self):
        o = _referent(self)
        if not hasattr(type(o), '__next__'):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(o).__name__)
        return next(o)
    def __contains__(self, item):
        return item in _referent(self)
    def __getitem__(self, key):
        return _referent(self)[key]
    def __setitem__(self, key, value):
        _referent(self)[key] = value
    def __delitem__(self, key):
        del _referent(self)[key]

    def __eq__(self, other): return _referent(self) == _unwrap(other)
    def __ne__(self, other): return _referent(self) != _unwrap(other)
    def __lt__(self, other): return _referent(self) < _unwrap(other)
    def __le__(self, other): return _referent(self) <= _unwrap(other)
    def __gt__(self, other): return _referent(self) > _unwrap(other)
    def __ge__(self, other): return _referent(self) >= _unwrap(other)

    def __add__(self, other): return _referent(self) + _unwrap(other)
    def __sub__(self, other): return _referent(self) - _unwrap(other)
    def __mul__(self, other): return _referent(self) * _unwrap(other)
    def __truediv__(self, other): return _referent(self) / _unwrap(other)
    def __floordiv__(self, other): return _referent(self) // _unwrap(other)
    def __mod__(self, other): return _referent(self) % _unwrap(other)
    def __pow__(self, other): return _referent(self) ** _unwrap(other)
    def __and__(self, other): return _referent(self) & _unwrap(other)
    def __or__(self, other): return _referent(self) | _unwrap(other)
    def __xor__(self, other): return _referent(self) ^ _unwrap(other)
    def __lshift__(self, other): return _referent(self) << _unwrap(other)
    def __rshift__(self, other): return _referent(self) >> _unwrap(other)
    def __matmul__(self, other): return _referent(self) @ _unwrap(other)
    def __radd__(self, other): return _unwrap(other) + _referent(self)
    def __rsub__(self, other): return _unwrap(other) - _referent(self)
    def __rmul__(self, other): return _unwrap(other) * _referent(self)
    def __rtruediv__(self, other): return _unwrap(other) / _referent(self)
    def __rfloordiv__(self, other): return _unwrap(other) // _referent(self)
    def __rmod__(self, other): return _unwrap(other) % _referent(self)
    def __rpow__(self, other): return _unwrap(other) ** _referent(self)
    def __rand__(self, other): return _unwrap(other) & _referent(self)
    def __ror__(self, other): return _unwrap(other) | _referent(self)
    def __rxor__(self, other): return _unwrap(other) ^ _referent(self)
    def __rlshift__(self, other): return _unwrap(other) << _referent(self)
    def __rrshift__(self, other): return _unwrap(other) >> _referent(self)
    def __rmatmul__(self, other): return _unwrap(other) @ _referent(self)

    # In place: the referent is updated and the result (not the proxy) is
    # what the name is bound to, as in python3.
    def __iadd__(self, other):
        o = _referent(self)
        o += _unwrap(other)
        return o
    def __isub__(self, other):
        o = _referent(self)
        o -= _unwrap(other)
        return o
    def __imul__(self, other):
        o = _referent(self)
        o *= _unwrap(other)
        return o
    def __ior__(self, other):
        o = _referent(self)
        o |= _unwrap(other)
        return o
    def __iand__(self, other):
        o = _referent(self)
        o &= _unwrap(other)
        return o

    def __neg__(self): return -_referent(self)
    def __pos__(self): return +_referent(self)
    def __abs__(self): return abs(_referent(self))
    def __invert__(self): return ~_referent(self)
    def __int__(self): return int(_referent(self))
    def __float__(self): return float(_referent(self))
    def __index__(self): return _referent(self).__index__()

# Two types, as in python3: a callable proxy is not a ProxyType.
class ProxyType(_Proxy):
    pass

class CallableProxyType(_Proxy):
    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)

ProxyTypes = (ProxyType, CallableProxyType)

def proxy(obj, callback=None):
    cls = CallableProxyType if callable(obj) else ProxyType
    if callback is None:
        for wr in getweakrefs(obj):
            if type(wr) is _ProxyRef and wr.__callback__ is None:
                p = wr.proxy()
                if p is not None and type(p) is cls:
                    return p
    p = object.__new__(cls)
    if callback is None:
        wr = _ProxyRef(obj, None)
    else:
        proxyref = ref(p)
        def notify(dead):
            # python3 calls back with the proxy, if the proxy still lives.
            q = proxyref()
            if q is not None:
                callback(q)
        wr = _ProxyRef(obj, notify)
    wr.proxy = ref(p)
    object.__setattr__(p, '_proxy_ref', wr)
    return p
