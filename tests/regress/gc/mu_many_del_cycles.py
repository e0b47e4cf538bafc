# 100000 self-cycles with __del__: every finalizer runs at gc.collect().
# skip-backend: none: reference counting only: cycles are never collected
import gc
class C:
    dead = 0
    def __init__(self):
        self.me = self
    def __del__(self):
        C.dead += 1
for i in range(100000):
    C()
gc.collect()
print('finalized', C.dead)
