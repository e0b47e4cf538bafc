# gc.isenabled/disable/enable, get_threshold/set_threshold, get_count's shape, collect's argument.
import gc
print(gc.isenabled())
gc.disable(); print(gc.isenabled())
gc.enable(); print(gc.isenabled())
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold())
c = gc.get_count()
print(type(c), len(c), all(isinstance(x, int) and x >= 0 for x in c))
gc.collect()
print(gc.get_count()[1:], )
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(2) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError', e)
print(gc.garbage)
