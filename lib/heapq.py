# heapq: a binary min-heap kept in a plain list, heap[0] the smallest.
# Items are compared with < only.  The sifting follows python3's layout
# exactly (a popped heap's remaining order is visible to programs that
# print the list): after a pop, the hole at the root goes down along the
# smaller children to a leaf, and the moved item then goes back up.


def _check(heap, function, argument='argument'):
    if not isinstance(heap, list):
        raise TypeError('%s() %s must be list, not %s'
                        % (function, argument, type(heap).__name__))


def _sift_up_from(heap, start, pos):
    """Move heap[pos] towards the root (not above start) while it is
    smaller than its parent."""
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) // 2
        if not item < heap[parent]:
            break
        heap[pos] = heap[parent]
        pos = parent
    heap[pos] = item


def _sift_down_from(heap, pos):
    """Restore the heap below pos, whose item may be too large: move the
    smaller child up until a leaf is reached, then sift the item up."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up_from(heap, start, pos)


def heappush(heap, item):
    _check(heap, 'heappush', 'argument 1')
    heap.append(item)
    _sift_up_from(heap, 0, len(heap) - 1)


def heappop(heap):
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_down_from(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop the smallest, then push item (the heap never shrinks)."""
    _check(heap, 'heapreplace', 'argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_down_from(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest (item itself when it is)."""
    _check(heap, 'heappushpop', 'argument 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down_from(heap, 0)
    return item


def heapify(x):
    _check(x, 'heapify')
    for i in reversed(range(len(x) // 2)):
        _sift_down_from(x, i)


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first; ties keep their order."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first; ties keep their order."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


class _Reversed:
    """Wraps a key so that the min-heap yields the largest first."""
    __slots__ = ('key',)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return other.key < self.key


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted stream, lazily.  Entries are
    [sort key, input number, value, iterator]: the input number breaks ties
    so equal keys come out in input order and values are never compared."""
    heap = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            heap.append(_merge_entry(value, key, reverse, number, it))
            break
    heapify(heap)
    while heap:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            heapreplace(heap, _merge_entry(value, key, reverse, entry[1], entry[3]))
            break
        else:
            heappop(heap)


def _merge_entry(value, key, reverse, number, it):
    k = value if key is None else key(value)
    if reverse:
        k = _Reversed(k)
    return [k, number, value, it]
