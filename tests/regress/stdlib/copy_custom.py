# Classes that control their copies: __copy__, __deepcopy__, state hooks, memo.
import copy
from collections import namedtuple, deque, defaultdict, Counter, OrderedDict

class Connection:
    count = 0
    def __init__(self, host):
        Connection.count += 1
        self.host = host
        self.id = Connection.count

    def __copy__(self):
        print('  __copy__ opens a new connection')
        return Connection(self.host)

    def __deepcopy__(self, memo):
        print('  __deepcopy__ with memo of', type(memo).__name__)
        return Connection(copy.deepcopy(self.host, memo))

c = Connection('db')
print(copy.copy(c).id, copy.deepcopy(c).id, copy.deepcopy([c, c])[0].id)

class Cache:
    def __init__(self):
        self.data = {'a': 1}
        self.handle = 'open file'

    def __getstate__(self):
        return {'data': self.data}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.handle = None

cc = copy.deepcopy(Cache())
print(cc.data, cc.handle)

memo = {}
shared = [0]
first = copy.deepcopy([shared], memo)
second = copy.deepcopy([shared], memo)
print(first[0] is second[0], memo[id(shared)] is first[0])

Point = namedtuple('Point', 'x y')
p = Point([1], 2)
p2 = copy.deepcopy(p)
p2.x.append(9)
print(p, p2, type(p2).__name__, copy.copy(p) == p)

d = deque([[1], [2]], maxlen=4)
dc = copy.deepcopy(d)
dc[0].append(5)
print(d, dc, copy.copy(d))
dd = defaultdict(list, a=[1])
ddc = copy.deepcopy(dd)
ddc['a'].append(2)
ddc['b'].append(3)
print(dd, ddc)
print(copy.copy(Counter('aab')), copy.deepcopy(OrderedDict(a=[1])))
