# A binary search tree with insert, __contains__, in-order __iter__, height.
class BST:
    class _Node:
        def __init__(self, key, value):
            self.key, self.value = key, value
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.count = 0

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = self._Node(key, value)
            self.count += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key, value))
                self.count += 1
                return
            node = child

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def __len__(self):
        return self.count

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def items(self):
        return ((k, self[k]) for k in self)

t = BST()
for word in "the quick brown fox jumps over the lazy dog".split():
    t[word] = t[word] + 1 if word in t else 1
print(list(t))
print(len(t), t.height(), t["the"], "fox" in t, "cat" in t)
print(dict(t.items()))
try:
    t["cat"]
except KeyError as e:
    print("KeyError:", e)
nums = BST()
for n in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    nums[n] = n * n
print(list(nums), nums.height(), min(nums), max(nums))
print([k for k in nums if k % 20 == 0], nums[45])
