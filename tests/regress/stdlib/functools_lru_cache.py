# Memoization with lru_cache and cache.
from functools import lru_cache, cache

calls = 0

@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), calls)
print(fib.cache_info())
print(fib(80), fib.cache_info().hits)
fib.cache_clear()
print(fib.cache_info(), fib.__name__)

@cache
def grid_paths(rows, cols):
    """Paths from the top left to the bottom right moving right or down."""
    if rows == 1 or cols == 1:
        return 1
    return grid_paths(rows - 1, cols) + grid_paths(rows, cols - 1)

print(grid_paths(12, 12), grid_paths.cache_info(), grid_paths.__doc__)

@lru_cache
def slow_square(n):
    print('  computing', n)
    return n * n

print(slow_square(4), slow_square(4), slow_square(5), slow_square.cache_info())

@lru_cache(maxsize=2)
def lookup(key):
    print('  miss', key)
    return key.upper()

for key in ['a', 'b', 'a', 'c', 'b', 'a']:
    lookup(key)
print(lookup.cache_info(), lookup.cache_parameters())

@lru_cache(maxsize=0)
def never(n):
    return n
never(1); never(1)
print(never.cache_info())

@lru_cache()
def area(w, h=1, *, unit='m'):
    return '%d %s2' % (w * h, unit)
print(area(3), area(3, 1), area(3, h=1), area(w=3), area(3, unit='cm'), area.cache_info())

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())

class Board:
    def __init__(self, size):
        self.size = size

    @lru_cache(maxsize=None)
    def cells(self, row):
        return [(row, c) for c in range(self.size)]

b = Board(3)
print(b.cells(1), b.cells(1) is b.cells(1))

try:
    area([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    lru_cache('big')
except TypeError as e:
    print('TypeError', e)
