# defaultdict for grouping and counting, the way users write it.
from collections import defaultdict

words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']
anagrams = defaultdict(list)
for w in words:
    anagrams[''.join(sorted(w))].append(w)
for key, group in anagrams.items():
    print(key, group)
print(len(anagrams), type(anagrams).__name__, isinstance(anagrams, dict))

edges = [('a', 'b'), ('a', 'c'), ('b', 'c'), ('c', 'a'), ('d', 'a')]
graph = defaultdict(set)
indegree = defaultdict(int)
for src, dst in edges:
    graph[src].add(dst)
    indegree[dst] += 1
print(sorted((k, sorted(v)) for k, v in graph.items()))
print(indegree)
print(indegree['nobody'], 'nobody' in indegree, indegree.get('ghost'), 'ghost' in indegree)

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), sorted(counts, key=counts.get, reverse=True))

tree = lambda: defaultdict(tree)
root = tree()
root['usr']['bin']['python'] = 'file'
root['usr']['lib'] = 'dir'
def show(node, depth=0):
    for name, child in node.items():
        print('  ' * depth + name)
        if isinstance(child, defaultdict):
            show(child, depth + 1)
show(root)

print(defaultdict(list), defaultdict(None, {'a': 1}), defaultdict(int, a=1, b=2))
d = defaultdict(list, {'x': [1]})
c = d.copy()
c['x'].append(2)
c['y'].append(3)
print(d, c, c.default_factory)
print(d | {'z': [0]}, type(d | {'z': [0]}).__name__)
try:
    defaultdict(None)['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict('not callable')
except TypeError as e:
    print('TypeError', e)
