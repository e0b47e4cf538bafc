# self.callback = self.method makes a cycle; the collector frees it.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
class Handler:
    def __init__(self):
        self.callback = self.handle
    def handle(self):
        return 'handled'
    def __del__(self):
        print('Handler freed')
h = Handler()
print(h.callback())
w = weakref.ref(h)
del h
print('alive before collect', w() is not None)
gc.collect()
print('alive after collect', w() is not None)
