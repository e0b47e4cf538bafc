# An LRU cache class built on dict ordering, used to memoize a function.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value          # most recently used goes last
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print("evict", oldest)
            del self.data[oldest]
        self.data[key] = value

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"

c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
print(c.get("a"), c.get("z"))
c.put("d", "D")
print(c, "b" in c, len(c))
c.put("c", "C2")
c.put("e", "E")
print(c, c.hits, c.misses)

def memoize(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        def wrapper(n):
            missing = object()
            value = cache.get(n, missing)
            if value is missing:
                value = fn(n)
                cache.put(n, value)
            return value
        wrapper.cache = cache
        return wrapper
    return deco

@memoize(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache.hits, fib.cache.misses, len(fib.cache))
