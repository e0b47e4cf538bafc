# __del__ of objects in a cycle sees their attributes still intact.
# skip-backend: none: reference counting only: cycles are never collected
import gc
class Owner:
    def __init__(self):
        self.items = [1, 2, 3]
        self.me = self
    def __del__(self):
        print('del sees items', self.items)
o = Owner()
del o
gc.collect()
class P:
    def __init__(self, name, other=None): self.name = name; self.other = other
    def __del__(self): print(self.name, 'sees other', self.other.name if self.other else None)
a = P('a'); b = P('b', a); a.other = b
del a, b
gc.collect()
print('end')
