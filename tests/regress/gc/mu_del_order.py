# When __del__ runs: locals at return, list/dict/tuple contents, rebinding a name.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f():
    a = D(1); b = D(2); c = D(3)
    print('leaving f')
f()
l = [D(4), D(5), D(6)]
del l
d = {'x': D(7), 'y': D(8)}
d = None
t = (D(9), D(10))
del t
x = D(11)
x = D(12)
print('end')
