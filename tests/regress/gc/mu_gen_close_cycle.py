# A suspended generator inside a cycle: finally block and locals at gc.collect().
# skip-backend: none: reference counting only: cycles are never collected
import gc
class Res:
    def __del__(self): print('Res freed')
def worker():
    r = Res()
    try:
        while True:
            yield
    finally:
        print('worker finally')
class Owner:
    def __init__(self):
        self.g = worker()
        next(self.g)
        self.me = self
o = Owner()
del o
print('collecting')
gc.collect()
print('end')
