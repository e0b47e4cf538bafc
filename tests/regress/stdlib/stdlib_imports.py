# The ways users import the standard modules.
import collections
import itertools as it
from functools import reduce, partial
from operator import *
from string import ascii_lowercase as letters
import sys, heapq, bisect, copy, keyword

print(collections.Counter('aab'), list(it.islice(it.count(), 3)), reduce(add, [1, 2, 3]), mul(3, 4))
print(letters[:5], keyword.iskeyword('for'), keyword.iskeyword('print'), len(keyword.kwlist))
for name in ['collections', 'itertools', 'functools', 'operator', 'string', 'heapq', 'bisect', 'copy', 'keyword']:
    print(name, name in sys.modules, sys.modules[name].__name__)
import collections as again
print(again is collections, collections.deque is again.deque)

def late():
    import heapq
    h = [3, 1, 2]
    heapq.heapify(h)
    return h
print(late())
try:
    import collection
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
try:
    from collections import NotAThing
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
