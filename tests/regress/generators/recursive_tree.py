# Recursive generators walking a tree: pre-order, post-order, by level.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def preorder(self):
        yield self.value
        for child in self.children:
            yield from child.preorder()

    def postorder(self):
        for child in self.children:
            yield from child.postorder()
        yield self.value

    def paths(self, prefix=()):
        path = prefix + (self.value,)
        if not self.children:
            yield path
        for child in self.children:
            yield from child.paths(path)

    def with_depth(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.with_depth(depth + 1)

tree = Node("root",
            Node("a", Node("a1"), Node("a2", Node("a2x"))),
            Node("b"),
            Node("c", Node("c1")))
print(list(tree.preorder()))
print(list(tree.postorder()))
for path in tree.paths():
    print("/".join(path))
for depth, value in tree.with_depth():
    print("  " * depth + value)
print(max(d for d, _ in tree.with_depth()))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print(["".join(p) for p in permutations("abc")])
