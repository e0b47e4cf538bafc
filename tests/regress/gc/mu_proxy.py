# weakref.proxy to a connection: calls through it, ReferenceError after death.
import weakref
class Conn:
    def __init__(self): self.open = True
    def send(self, m): print('send', m)
c = Conn()
p = weakref.proxy(c)
p.send('hi')
print(p.open)
del c
try:
    p.send('x')
except ReferenceError as e:
    print('ReferenceError:', e)
