# Follows CPython test_weakref.py test_sf_bug_840829, test_callback_gcs, test_ref_created_during_del: gc inside teardown.
import gc, weakref
log = []

class C:
    pass

c = C()
wr = weakref.ref(c, lambda ignore: (gc.collect(), log.append("first")))
del c
del wr

c1 = C()
c1.i = C()
wr = weakref.ref(c1.i, lambda ignore: (gc.collect(), log.append("second")))
c2 = C()
c2.c1 = c1
del c1
del c2
print(log)

class ObjectWithDel:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        log.append("del %d" % self.n)

x = ObjectWithDel(1)
ref1 = weakref.ref(x, lambda ref: (gc.collect(), log.append("third")))
del x
gc.collect()
print(log)

class Target:
    def __del__(self):
        global ref_from_del
        ref_from_del = weakref.ref(self)

w = Target()
del w
print(ref_from_del())
gc.collect()
print("survived")
