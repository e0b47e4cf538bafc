# After CPython's test_gc.py test_trashcan: long chains of nested lists and
# dicts are freed by reference counting while finalizers inside them call
# gc.collect() now and then; nothing may crash and every finalizer runs once.
import gc

class Ouch:
    n = 0
    def __del__(self):
        Ouch.n = Ouch.n + 1
        if Ouch.n % 17 == 0:
            gc.collect()

gc.enable()
N = 150
for count in range(2):
    t = []
    for i in range(N):
        t = [t, Ouch()]
    u = []
    for i in range(N):
        u = [u, Ouch()]
    v = {}
    for i in range(N):
        v = {1: v, 2: Ouch()}
print("finalized while rebinding:", Ouch.n)
t = u = v = None
print("finalized in all:", Ouch.n)

# A much deeper chain still frees without exhausting the C stack.
class Counted:
    n = 0
    def __del__(self):
        Counted.n += 1

deep = []
for i in range(200000):
    deep = [deep, Counted()]
deep = None
print("deep chain finalized:", Counted.n)
