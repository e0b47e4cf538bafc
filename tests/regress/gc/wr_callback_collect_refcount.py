# A weakref callback run by reference counting may call gc.collect() itself.
import gc, weakref
log = []

class Obj:
    def __init__(self, name):
        self.name = name

def collecting(ref):
    log.append("callback start")
    gc.collect()
    log.append("callback end")

o = Obj("a")
r = weakref.ref(o, collecting)
del o
print(log)

# The dying object holds others with collecting callbacks: they fire during its teardown.
log.clear()
parent = Obj("parent")
parent.kids = [Obj("kid%d" % i) for i in range(3)]
refs = [weakref.ref(k, collecting) for k in parent.kids]
pref = weakref.ref(parent, collecting)
del parent
print(len(log), log.count("callback start"), [r() for r in refs], pref())
print(gc.isenabled())
