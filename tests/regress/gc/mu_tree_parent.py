# skip-backend: none: reference counting only: cycles are never collected
# Tree with strong parent pointers (cycles) vs weak parent pointers.
import gc, weakref
class Node:
    count = 0
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
        Node.count += 1
        if parent is not None:
            parent.children.append(self)
    def __del__(self):
        Node.count -= 1
def build(depth, parent=None):
    n = Node(depth, parent)
    if depth > 0:
        build(depth - 1, n); build(depth - 1, n)
    return n
root = build(6)
print('nodes', Node.count)
del root
print('after del (cycles remain)', Node.count)
gc.collect()
print('after collect', Node.count)
class WNode:
    count = 0
    def __init__(self, value, parent=None):
        self.value = value
        self._parent = weakref.ref(parent) if parent is not None else None
        self.children = []
        WNode.count += 1
        if parent is not None:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent is not None else None
    def __del__(self):
        WNode.count -= 1
def wbuild(depth, parent=None):
    n = WNode(depth, parent)
    if depth > 0:
        wbuild(depth - 1, n); wbuild(depth - 1, n)
    return n
root = wbuild(6)
leaf = root.children[0].children[1]
print('wnodes', WNode.count, leaf.parent.parent is root)
del root
print('after del (no cycles)', WNode.count, leaf.parent)
del leaf
print('all gone', WNode.count)
