# gc.disable() stops automatic collection but not reference counting, and gc.collect() still works.
# skip-backend: none: reference counting only: cycles are never collected
import gc
log = []

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

gc.collect()
gc.disable()
print(gc.isenabled())
r = Res("refcount")
del r
print(log)

for i in range(5000):
    loop = Res("loop")
    loop.me = loop
del loop
junk = [[i] for i in range(20000)]
del junk
print("loops finalized while disabled:", log.count("loop"))
gc.collect()
print("after explicit collect:", log.count("loop"))
gc.enable()
print(gc.isenabled())
