import weakref
class C: pass
outer = C(); outer.inner = C()
r1 = weakref.ref(outer.inner, lambda r: print('inner cb'))
r2 = weakref.ref(outer, lambda r: print('outer cb'))
del outer
class D:
    def __del__(self): print('D del')
o = C(); o.d = D()
r3 = weakref.ref(o, lambda r: print('o cb'))
del o
