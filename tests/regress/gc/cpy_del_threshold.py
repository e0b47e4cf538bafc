# After CPython's test_gc.py test_del and test_del_newclass: with a
# threshold of 1 a __del__ can trigger a collection while it runs; it must
# work and leave the program intact.
import gc

thresholds = gc.get_threshold()
gc.enable()
gc.set_threshold(1)

ran = []

class A:
    def __del__(self):
        names = dir(self)
        ran.append("A" if "__del__" in names else "?")

class B(object):
    def __del__(self):
        names = dir(self)
        ran.append("B" if "__del__" in names else "?")

a = A()
del a
b = B()
del b
for i in range(100):
    x = A()
    x = [x, [x]]
x = None
gc.disable()
gc.set_threshold(*thresholds)
print(ran[:2], len(ran))
print("threshold restored:", gc.get_threshold() == thresholds)
gc.enable()
