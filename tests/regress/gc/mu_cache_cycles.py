# WeakValueDictionary of objects in self-cycles: entries go at gc.collect().
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
class Entry:
    def __init__(self, key):
        self.key = key
        self.me = self
cache = weakref.WeakValueDictionary()
keep = []
for i in range(50):
    e = Entry(i)
    cache[i] = e
    if i % 10 == 0:
        keep.append(e)
del e
gc.collect()
print(sorted(cache.keys()))
keep.clear()
gc.collect()
print(sorted(cache.keys()))
