# An object in a cycle at exit gets its __del__ run by the shutdown collection.
# skip-backend: none: reference counting only: cycles are never collected
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
x = D('cyc')
x.me = x
del x
print('end of program')
