# __del__ inherited from a base class, and overriding ones calling super(), run once each, by refcount and by gc.
# skip-backend: none: reference counting only: cycles are never collected
import gc
gc.disable()
log = []

class Base:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("Base " + self.name)

class Child(Base):
    pass

class Override(Base):
    def __del__(self):
        log.append("Override " + self.name)
        super().__del__()

class Grand(Override):
    pass

for cls in (Child, Override, Grand):
    obj = cls(cls.__name__.lower())
    del obj
print(log)

log.clear()
objs = [cls(cls.__name__.lower() + " cyc") for cls in (Child, Override, Grand)]
for o in objs:
    o.all = objs
del objs, o
gc.collect()
print(sorted(log))
