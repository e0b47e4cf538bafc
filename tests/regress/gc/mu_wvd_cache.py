# A cache of expensive objects with WeakValueDictionary.
# skip-backend: none: reference counting only: cycles are never collected
import weakref, gc
class Image:
    loads = 0
    def __init__(self, name):
        self.name = name
        Image.loads += 1
class Cache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()
    def get(self, name):
        img = self._cache.get(name)
        if img is None:
            img = Image(name)
            self._cache[name] = img
        return img
c = Cache()
a = c.get('a'); b = c.get('b'); a2 = c.get('a')
print(a is a2, Image.loads, len(c._cache), sorted(c._cache.keys()))
del a, a2
print('a dropped:', 'a' in c._cache, len(c._cache), sorted(c._cache))
a = c.get('a')
print('reloaded', Image.loads)
x = Image('x'); x.me = x
c._cache['x'] = x
del x
print('x in cache before collect', 'x' in c._cache)
gc.collect()
print('x in cache after collect', 'x' in c._cache, sorted(c._cache))
