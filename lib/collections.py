# collections: namedtuple, deque, defaultdict, Counter, OrderedDict and
# ChainMap, with python3's behaviour and reprs.

from keyword import iskeyword as _iskeyword


# ---- namedtuple ----

def _field_names(typename, field_names, rename):
    """The validated field names: from 'x y', 'x, y' or a list."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    if rename:
        seen = set()
        for index, name in enumerate(names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)
    seen = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    return tuple(names)


def _make_new(typename, fields):
    """__new__ with the fields as its real parameters, so that calls get
    python3's argument checking and messages."""
    params = ', '.join(fields)
    source = ('def __new__(_cls, %s):\n'
              '    return _tuple_new(_cls, (%s%s))\n'
              % (params, params, ',' if len(fields) == 1 else ''))
    namespace = {'_tuple_new': tuple.__new__}
    exec(source, namespace)
    new = namespace['__new__']
    new.__qualname__ = typename + '.__new__'
    new.__doc__ = 'Create new instance of %s(%s)' % (typename, params)
    return new


# The read-only attribute for one field: reads item `index`.  (No class
# docstring: each instance has its own __doc__ slot.)
class _tuplegetter:
    __slots__ = ('index', '__doc__')

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self.index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass whose items can also be read as named attributes,
    with a repr that shows the names."""
    typename = str(typename)
    fields = _field_names(typename, field_names, rename)
    new = _make_new(typename, fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        new.__defaults__ = defaults
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != len(fields):
            raise TypeError('Expected %d arguments, got %d' % (len(fields), len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(
            '%s=%r' % (name, value) for name, value in zip(fields, self)))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': new,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)
    if module is not None:
        namespace['__module__'] = module
    return type(typename, (tuple,), namespace)


# ---- deque ----

class deque:
    """A double-ended queue: O(1) appends and pops at both ends.

    The items are _items[_head:]; popleft leaves a hole at the front that
    is reclaimed in bulk, and appendleft makes room at the front in blocks
    as large as the deque, so both ends cost O(1) amortized.  _state counts
    additions and removals, so iterators notice a deque changed under them."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return len(self._items) - self._head

    def _full(self):
        return self._maxlen is not None and len(self) >= self._maxlen

    # -- the two ends --

    # append and popleft are the hot pair of every queue: kept free of
    # helper calls when there is no maxlen.
    def append(self, x):
        self._state += 1
        if self._maxlen is not None:
            if self._maxlen == 0:
                return
            if self._full():
                self.popleft()
        self._items.append(x)

    def appendleft(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        if self._full():
            self._items.pop()
        if self._head == 0:
            room = max(8, len(self._items))
            self._items[0:0] = [None] * room
            self._head = room
        self._head -= 1
        self._items[self._head] = x

    def pop(self):
        if not len(self):
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._items.pop()
        if not len(self):
            self._reset()
        return x

    def popleft(self):
        items = self._items
        head = self._head
        if head >= len(items):
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            self._reset()
        elif head > 16 and head * 2 > len(items):
            del items[:head]
            self._head = 0
        else:
            self._head = head
        return x

    def _reset(self):
        self._items = []
        self._head = 0

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._reset()

    # -- the middle --

    def _index(self, i):
        """The position in _items of deque index i (negative from the end)."""
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r'
                            % type(i).__name__)
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        position = self._index(i)
        self._state += 1
        del self._items[position]

    def insert(self, i, x):
        if self._full():
            raise IndexError('deque already at its maximum size')
        n = len(self)
        if i < 0:
            i = max(i + n, 0)
        i = min(i, n)
        self._state += 1
        self._items.insert(self._head + i, x)

    def remove(self, value):
        for i in range(len(self)):
            if self[i] == value:
                del self[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def index(self, x, start=0, stop=None):
        n = len(self)
        stop = n if stop is None else stop
        start = max(start + n, 0) if start < 0 else start
        stop = max(stop + n, 0) if stop < 0 else min(stop, n)
        for i in range(start, stop):
            if self[i] == x:
                return i
        raise ValueError('%r is not in deque' % (x,))

    def count(self, x):
        return sum(1 for item in self if item is x or item == x)

    def rotate(self, n=1):
        """Move the last n items to the front (the first -n to the back
        when n is negative)."""
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = list(self)
            self._items = items[-n:] + items[:-n]
            self._head = 0
            self._state += 1

    def reverse(self):
        self._items = list(self)[::-1]
        self._head = 0

    def copy(self):
        return deque(self, self._maxlen)

    __copy__ = copy

    # -- iteration and comparison --

    def __iter__(self):
        state = self._state
        for i in range(len(self)):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._items[self._head + i]
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        for i in range(len(self) - 1, -1, -1):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._items[self._head + i]

    def __contains__(self, x):
        for item in self:
            if item is x or item == x:
                return True
        return False

    def __bool__(self):
        return len(self._items) > self._head

    def __repr__(self):
        items = repr(list(self))
        if self._maxlen is None:
            return '%s(%s)' % (type(self).__name__, items)
        return '%s(%s, maxlen=%d)' % (type(self).__name__, items, self._maxlen)

    def __hash__(self):
        # python3 names its C type with the module here
        raise TypeError("unhashable type: 'collections.deque'")

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = deque((), self._maxlen)
        for _ in range(n):
            result.extend(self)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self


# ---- defaultdict ----

class defaultdict(dict):
    """A dict that calls default_factory() for a missing key and stores
    the result (KeyError when default_factory is None)."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return '%s(%r, %s)' % (type(self).__name__, self.default_factory,
                               dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


# ---- Counter ----

class Counter(dict):
    """A dict of counts: a missing key counts 0.  Built from an iterable
    (counting its items) or a mapping of counts."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        """(item, count) pairs, largest count first; equal counts keep
        their first-seen order."""
        ordered = sorted(self.items(), key=lambda pair: pair[1], reverse=True)
        return ordered if n is None else ordered[:max(n, 0)]

    def elements(self):
        """Each item repeated as many times as its count (if positive)."""
        for item, n in self.items():
            for _ in range(n):
                yield item

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per item."""
        if iterable is not None:
            if hasattr(iterable, 'items'):
                for item, n in iterable.items():
                    self[item] = self[item] + n
            else:
                for item in iterable:
                    self[item] = self[item] + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take counts away; counts may go to zero or below."""
        if iterable is not None:
            if hasattr(iterable, 'items'):
                for item, n in iterable.items():
                    self[item] = self[item] - n
            else:
                for item in iterable:
                    self[item] = self[item] - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, item):
        if item in self:
            dict.__delitem__(self, item)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        try:
            counts = dict(self.most_common())
        except TypeError:
            counts = dict(self)       # counts that cannot be ordered
        return '%s(%r)' % (type(self).__name__, counts)

    # Comparisons treat missing items as zero counts.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] == other[k] for c in (self, other) for k in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] <= other[k] for c in (self, other) for k in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] >= other[k] for c in (self, other) for k in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic: results keep positive counts only.

    def _combine(self, other, op):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for item in list(self) + [k for k in other if k not in self]:
            n = op(self[item], other[item])
            if n > 0:
                result[item] = n
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, max)

    def __and__(self, other):
        return self._combine(other, min)

    def __pos__(self):
        return Counter({k: n for k, n in self.items() if n > 0})

    def __neg__(self):
        return Counter({k: -n for k, n in self.items() if n < 0})

    def _keep_positive(self):
        for item in [k for k, n in self.items() if not n > 0]:
            del self[item]
        return self

    def __iadd__(self, other):
        for item, n in other.items():
            self[item] += n
        return self._keep_positive()

    def __isub__(self, other):
        for item, n in other.items():
            self[item] -= n
        return self._keep_positive()

    def __ior__(self, other):
        for item, n in other.items():
            if n > self[item]:
                self[item] = n
        return self._keep_positive()

    def __iand__(self, other):
        for item, n in self.items():
            if other[item] < n:
                self[item] = other[item]
        return self._keep_positive()


# ---- OrderedDict ----

class OrderedDict(dict):
    """A dict whose order can be rearranged (move_to_end, popitem from
    either end) and whose equality with another OrderedDict is
    order-sensitive.  Plain dicts keep insertion order already."""

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)          # KeyError when missing
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(self.items())
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        return '%s(%r)' % (type(self).__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


# ---- ChainMap ----

class ChainMap:
    """Several mappings seen as one: lookups search them in order, writes
    and deletions go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def _keys(self):
        # python3's order: the last mapping's keys first
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return keys

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        return iter(self._keys())

    def keys(self):
        return list(self._keys())

    def items(self):
        return [(key, self[key]) for key in self._keys()]

    def values(self):
        return [self[key] for key in self._keys()]

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def pop(self, key, *default):
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        return dict(self.items()) == other
