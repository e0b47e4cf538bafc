# A __del__ run by reference counting may call gc.collect() itself.
import gc
log = []

class Collector:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("start " + self.name)
        gc.collect()
        log.append("end " + self.name)

c = Collector("one")
del c
print(log)

# A chain: each finalizer collects while the next object is still being freed.
log.clear()
head = Collector("a")
head.next = Collector("b")
head.next.next = Collector("c")
del head
print(log)

# Nested: a finalizer whose gc.collect() runs while another finalizer frees objects.
log.clear()
class Outer:
    def __del__(self):
        inner = Collector("inner")
        del inner
        log.append("outer done")
o = Outer()
o = None
print(log)
print(gc.isenabled())
