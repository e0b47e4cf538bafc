# A weak reference created inside __del__ dies with the object (its callback runs) unless __del__ resurrects it.
import weakref
log = []
refs = []

class Target:
    def __init__(self, name, resurrect=False):
        self.name = name
        self.resurrect = resurrect
    def __del__(self):
        name = self.name      # the callback must not capture self, or it would keep it alive
        refs.append(weakref.ref(self, lambda r: log.append("callback " + name)))
        if self.resurrect:
            keep.append(self)
        log.append("del " + self.name)

keep = []
t = Target("plain")
del t
print(log, refs[0]())

log.clear()
t = Target("phoenix", resurrect=True)
del t
print(log, refs[1]() is keep[0])
keep.clear()
print(log, refs[1]())
