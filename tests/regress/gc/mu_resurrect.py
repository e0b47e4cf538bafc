# An object resurrected by its __del__; __del__ is not run a second time.
# skip-backend: none: reference counting only: cycles are never collected
import gc
saved = []
class Phoenix:
    def __init__(self, n): self.n = n
    def __del__(self):
        print('del', self.n)
        if self.n < 2:
            saved.append(self)
p = Phoenix(1)
del p
print('resurrected', len(saved), saved[0].n)
p = saved.pop()
del p
print('second death: del not called again', len(saved))
q = Phoenix(5)
q.me = q
r = Phoenix(0); r.me = r
del q, r
gc.collect()
print('saved', [s.n for s in saved])
saved.clear()
gc.collect()
print('end')
