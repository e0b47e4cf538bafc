# __del__ order when a holder, a nested list and a dict key die.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
class Holder:
    def __init__(self):
        self.a = D('a'); self.b = D('b')
    def __del__(self): print('holder del')
h = Holder()
del h
print('--')
x = [D(1), [D(2), D(3)], D(4)]
x.clear()
print('--')
m = {D(5): 1}
del m
print('end')
