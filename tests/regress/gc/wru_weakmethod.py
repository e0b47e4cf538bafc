# weakref.WeakMethod: a weak reference to a bound method, dead when the
# instance dies; a plain ref to a bound method dies at once.
import weakref

class Button:
    def __init__(self, n):
        self.n = n
    def press(self):
        return 'pressed %d' % self.n

b = Button(1)
wm = weakref.WeakMethod(b.press)
print(wm()())
print(wm() == b.press, isinstance(wm, weakref.ref))
print(wm == weakref.WeakMethod(b.press), wm != weakref.WeakMethod(b.press))
print(weakref.ref(b.press)() is None)

calls = []
wm2 = weakref.WeakMethod(b.press, lambda r: calls.append(r is wm2))
del b
print(wm(), wm2(), calls)
print(wm == wm, wm == wm2)

for bad in (len, print, 42, Button):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print('TypeError', e)

# the function dying (class attribute replaced, class dropped) also kills it
class Temp:
    def m(self):
        return 'm'
t = Temp()
wm3 = weakref.WeakMethod(t.m, lambda r: print('callback: function gone'))
print(wm3()())
del Temp.m
print(wm3() is None or wm3()() == 'm')
