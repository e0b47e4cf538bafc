# atexit callbacks run last-registered first with the globals intact, a failing
# one is reported and the rest still run; then __main__'s objects are
# finalized, in the order they were made, with their globals intact.
# skip-backend: none: reference counting only: __main__'s globals are set to None instead of collected
import atexit, weakref, gc
log = []
class Res:
    count = 0
    def __init__(self, name):
        self.name = name
        Res.count += 1
    def __del__(self):
        Res.count -= 1
        print("release", self.name, "left", Res.count, "log", log)
def bye(who, punct="!"):
    print("bye", who + punct, "log", log)
atexit.register(bye, "world")
atexit.register(bye, "again", punct="?")
def boom():
    1 / 0
atexit.register(boom)
@atexit.register
def deco():
    print("decorated, Res.count =", Res.count)
a = Res("a")
b = Res("b")
a.peer = b; b.peer = a
c = Res("c")
node = Res("node")
node.self = node
f = weakref.finalize(c, print, "c finalized")
log.append("end")
atexit.unregister(bye)
print("main done")
