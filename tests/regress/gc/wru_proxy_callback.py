# weakref.proxy with a callback: called with the proxy when the referent
# dies, not called when the proxy died first; a list subclass through a proxy.
import weakref

class L(list):
    pass

got = []
l = L([1, 2])
p = weakref.proxy(l, lambda pr: got.append(type(pr).__name__))
p.append(3)
print(l, p[0], p + [4], [0] + p, p == [1, 2, 3], len(p), sorted(p, reverse=True))
p += [9]
print(l)
q = weakref.proxy(l, lambda pr: got.append('second'))
print(p is q)
del q
del l
print(got)
try:
    p.append(1)
except ReferenceError as e:
    print('ReferenceError', e)
