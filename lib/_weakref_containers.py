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
