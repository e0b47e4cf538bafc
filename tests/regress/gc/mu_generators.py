# Generators holding objects: del of a suspended generator runs finally; close().
import gc, weakref
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print('release', self.n)
def gen():
    r = Res(1)
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
g = gen()
print(next(g))
del g
print('after del g')
def gen2():
    r = Res(2)
    yield r
g = gen2()
x = next(g)
del x
print('x dropped')
g.close()
print('closed')
del g
