# Objects still bound to globals at exit get their __del__ run, in binding order.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del at exit', self.n)
a = D(1)
b = D(2)
c = D(3)
print('end of program')
