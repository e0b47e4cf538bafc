# Follows CPython test_weakref.py test_callback_in_cycle, test_callback_reachable_one_way, test_callback_different_classes.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
calls = []

# A class, an instance holding a strong and a weak reference to another class, all garbage together.
class J:
    pass

class II:
    def acallback(self, ignore):
        calls.append(("in cycle", self.J.__name__))

I = II()
I.J = J
I.wr = weakref.ref(J, I.acallback)
del I, J, II
gc.collect()
print("callback in cycle:", calls)

# The callback's owner reaches the dying object, not the other way round.
class C:
    def cb(self, ignore):
        calls.append(("one way", self.me is self, self.c1 is not None, self.wr is not None))

c1, c2 = C(), C()
c2.me = c2
c2.c1 = c1
c2.wr = weakref.ref(c1, c2.cb)
del c1, c2
gc.collect()
print("reachable one way:", calls)

# Same with the dying object of another class, and both classes garbage as well.
class C:
    def cb(self, ignore):
        calls.append(("different classes", self.me is self))

class D:
    pass

c1, c2 = D(), C()
c2.me = c2
c2.c1 = c1
c2.wr = weakref.ref(c1, c2.cb)
del c1, c2, C, D
gc.collect()
print("different classes:", calls)
gc.collect()
print("survived")
