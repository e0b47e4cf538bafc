# Recursive methods that go through builtins (len, sum over a generator,
# map, repr, a property, __getitem__) reach python3's depth: only Python
# frames count towards the limit of 1000, calls into C code are free.
class Tree:
    def __init__(self, children=()):
        self.children = list(children)
    def __len__(self):
        return 1 + sum(len(c) for c in self.children)
    def __repr__(self):
        return "T(" + ", ".join(repr(c) for c in self.children) + ")"
    @property
    def height(self):
        return 1 + max((c.height for c in self.children), default=0)
    def __getitem__(self, i):
        return self.children[0][i - 1] if i else self

def chain(n):
    t = Tree()
    for _ in range(n):
        t = Tree([t])
    return t

t = chain(300)
print(len(t), t.height, t[299] is not None)
print(len(repr(chain(150))))

def depth(n):
    return list(map(depth, [n - 1]))[0] + 1 if n else 0
print(depth(900))

def count(node):
    return 1 + sum(map(count, node.children))
print(count(chain(450)))

def runaway(n):
    return len([runaway(n + 1)])
try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
