# OrderedDict: an LRU cache by hand, and the order operations.
from collections import OrderedDict

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print('evict', old)

cache = LRU(2)
cache.put('a', 1)
cache.put('b', 2)
print(cache.get('a'))
cache.put('c', 3)
print(cache.get('b'), cache.get('c'), cache.data)

od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('b')
od.move_to_end('e', last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(one=1))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(list(reversed(OrderedDict(a=1, b=2))), OrderedDict(a=1) | {'b': 2}, isinstance(od, dict))
for what, action in [('popitem empty', lambda: OrderedDict().popitem()),
                     ('move missing', lambda: OrderedDict(a=1).move_to_end('z'))]:
    try:
        action()
    except KeyError as e:
        print(what, 'KeyError', e)
