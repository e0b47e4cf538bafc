# copy and deepcopy: nested data, shared parts, cycles and instances.
import copy

config = {'name': 'app', 'servers': ['a', 'b'], 'limits': {'cpu': 2}}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config['servers'].append('c')
config['limits']['cpu'] = 8
config['name'] = 'renamed'
print(shallow)
print(deep)
print(shallow['servers'] is config['servers'], deep['servers'] is config['servers'])

matrix = [[0] * 3 for _ in range(2)]
m2 = copy.deepcopy(matrix)
m2[0][0] = 1
print(matrix, m2, copy.copy(matrix)[0] is matrix[0])

shared = [1, 2]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is shared)

loop = ['head']
loop.append(loop)
loop_copy = copy.deepcopy(loop)
print(loop_copy[1] is loop_copy, loop_copy is not loop, loop_copy[0])

t = (1, 'x', (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
s = {1, 2, 3}
fs = frozenset([1])
print(copy.copy(s), copy.copy(s) is s, copy.copy(fs) is fs, copy.deepcopy({'k': {4, 5}}))
print(copy.copy(42), copy.deepcopy('text'), copy.copy(None), copy.deepcopy(len) is len, copy.copy(print) is print)

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
        self.parent = None
        for c in self.children:
            c.parent = self

    def __repr__(self):
        return 'Node(%r, %r)' % (self.value, self.children)

tree = Node(1, [Node(2), Node(3, [Node(4)])])
twin = copy.deepcopy(tree)
twin.children[1].children[0].value = 40
print(tree)
print(twin)
print(twin.children[0].parent is twin, twin.children[0].parent is tree, type(twin).__name__)
flat = copy.copy(tree)
print(flat.children is tree.children, flat is not tree, flat.value)

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x

o = Slotted([1])
o2 = copy.copy(o)
o3 = copy.deepcopy(o)
print(o2.x is o.x, o3.x == o.x, o3.x is o.x, hasattr(o3, 'y'))

class Tagged(list):
    pass
tl = Tagged([1, [2]])
tl.tag = 'mine'
tl2 = copy.deepcopy(tl)
print(type(tl2).__name__, tl2, tl2.tag, tl2[1] is tl[1])
