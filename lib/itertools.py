# itertools: lazy iterator building blocks.
#
# Each function checks its arguments and takes iter() of its inputs when
# called, as python3's do, and returns a generator that does the work
# lazily.  count and repeat are classes for their python3 reprs.

import sys


class count:
    """start, start + step, start + 2 * step, ... without end."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float)):
                raise TypeError('a number is required')
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._next,)
        return 'count(%r, %r)' % (self._next, self._step)


class repeat:
    """object again and again: forever, or `times` times."""

    def __init__(self, object, times=None):
        self._object = object
        self._left = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left == 0:
                raise StopIteration
            self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._left)


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for item in it:
        yield item
        saved.append(item)
    while saved:
        yield from saved


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func): first item (or
    initial), then func(total, next item) for each next item."""
    return _accumulate(iter(iterable), _add if func is None else func, initial)


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    for item in it:
        total = func(total, item)
        yield total


def chain(*iterables):
    """The items of each iterable in turn."""
    return _chain(iterables)


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


def _from_iterable(iterables):
    return _chain(iterables)

chain.from_iterable = _from_iterable


def compress(data, selectors):
    """The items of data whose selector is true."""
    return (item for item, keep in zip(iter(data), iter(selectors)) if keep)


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if not predicate(item):
            return
        yield item


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    return (item for item in iter(iterable) if not predicate(item))


def starmap(function, iterable):
    return (function(*args) for args in iter(iterable))


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    for previous in it:
        for item in it:
            yield previous, item
            previous = item
        return


def zip_longest(*iterables, fillvalue=None):
    """Like zip, but goes on until the longest input ends, filling the
    ended ones with fillvalue."""
    return _zip_longest([iter(iterable) for iterable in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        row = []
        for i, it in enumerate(iterators):
            try:
                row.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                row.append(fillvalue)
        yield tuple(row)


# ---- groupby ----

class _GroupState:
    """What groupby and its current group share: the underlying iterator,
    the item read ahead and its key, and which group may still read."""

    def __init__(self, it, keyfunc):
        self.it = it
        self.keyfunc = keyfunc
        self.done = False
        self.item = None
        self.key = None
        self.group = 0     # number of the group that owns the item read ahead

    def advance(self):
        """Read the next item and its key; False at the end."""
        try:
            self.item = next(self.it)
        except StopIteration:
            self.done = True
            return False
        self.key = self.item if self.keyfunc is None else self.keyfunc(self.item)
        return True


def groupby(iterable, key=None):
    """(key, group) for each run of consecutive items with equal keys; a
    group is an iterator that stops working once groupby moves on."""
    return _groupby(_GroupState(iter(iterable), key))


def _groupby(state):
    if not state.advance():
        return
    while not state.done:
        state.group += 1
        key = state.key
        yield key, _group(state, state.group, key)
        # skip what the caller left of this group
        while not state.done and state.key == key:
            state.advance()


def _group(state, number, key):
    while state.group == number and not state.done and state.key == key:
        yield state.item
        if state.group != number:
            return          # groupby moved on while this group was paused
        state.advance()


# ---- islice ----

def _islice_index(value, message):
    if value is None:
        return None
    try:
        value = value.__index__()
    except AttributeError:
        raise ValueError(message) from None
    if not 0 <= value <= sys.maxsize:
        raise ValueError(message)
    return value


def islice(iterable, *args):
    """islice(it, stop) or islice(it, start, stop[, step]): the items of it
    at those positions, reading no further than needed."""
    if not 1 <= len(args) <= 3:
        raise TypeError('islice expected %s arguments, got %d'
                        % ('at least 2' if not args else 'at most 4', len(args) + 1))
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop, step = (args + (None,))[:3]
    stop = _islice_index(stop, 'Stop argument for islice() must be None or '
                               'an integer: 0 <= x <= sys.maxsize.')
    start = _islice_index(start, 'Indices for islice() must be None or '
                                 'an integer: 0 <= x <= sys.maxsize.')
    step = _islice_index(step, 'Step for islice() must be a positive integer or None.')
    if step == 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start or 0, stop, step or 1)


def _islice(it, start, stop, step):
    consumed = 0
    target = start          # the first skip goes to start even past stop
    while True:
        while consumed < target:
            if next(it, _END) is _END:
                return
            consumed += 1
        if stop is not None and consumed >= stop:
            return
        item = next(it, _END)
        if item is _END:
            return
        consumed += 1
        yield item
        target += step
        if stop is not None and target > stop:
            target = stop

_END = object()


# ---- tee ----

class _Link:
    """One buffered item of a tee, and the link after it (None until read)."""
    __slots__ = ('item', 'next')

    def __init__(self):
        self.item = None
        self.next = None


def tee(iterable, n=2):
    """n independent iterators over one iterable.  They share a linked
    buffer; a link is freed once every iterator has passed it."""
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    first = _Link()
    return tuple(_tee(it, first) for _ in range(n))


def _tee(it, link):
    while True:
        if link.next is None:
            item = next(it, _END)
            if item is _END:
                return
            link.item = item
            link.next = _Link()
        item = link.item
        link = link.next
        yield item


# ---- combinatorics ----

def product(*iterables, repeat=1):
    """The cartesian product, as nested for loops would produce it, the
    last input varying fastest."""
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(iterable) for iterable in iterables] * repeat
    return _product(pools)


def _product(pools):
    if any(len(pool) == 0 for pool in pools):
        return
    indices = [0] * len(pools)
    while True:
        yield tuple(pool[i] for pool, i in zip(pools, indices))
        # advance the odometer from the right
        position = len(pools) - 1
        while position >= 0:
            indices[position] += 1
            if indices[position] < len(pools[position]):
                break
            indices[position] = 0
            position -= 1
        if position < 0:
            return


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError('r must be non-negative')


def permutations(iterable, r=None):
    """r-length orderings of distinct positions, in lexicographic order of
    the positions."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    _check_r(r)
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    while True:
        yield tuple(pool[i] for i in indices)
        if not _next_permutation(indices, n):
            return


def _next_permutation(indices, n):
    """Step indices (distinct, below n) to the next r-permutation in
    lexicographic order; False when it was the last."""
    r = len(indices)
    for i in reversed(range(r)):
        used = set(indices[:i])
        larger = [v for v in range(indices[i] + 1, n) if v not in used]
        if larger:
            indices[i] = larger[0]
            used.add(larger[0])
            rest = [v for v in range(n) if v not in used]
            indices[i + 1:] = rest[:r - i - 1]
            return True
    return False


def combinations(iterable, r):
    """r-length subsequences of positions in increasing order."""
    _check_r(r)
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    while True:
        yield tuple(pool[i] for i in indices)
        # the rightmost position that can still move right
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1


def combinations_with_replacement(iterable, r):
    """r-length non-decreasing sequences of positions."""
    _check_r(r)
    return _combinations_with_replacement(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if n == 0 and r > 0:
        return
    indices = [0] * r
    while True:
        yield tuple(pool[i] for i in indices)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
