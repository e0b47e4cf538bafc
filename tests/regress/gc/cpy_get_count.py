# After CPython's test_gc.py test_get_count and test_collect_generations:
# allocating containers raises the generation-0 count; collect(N) resets the
# counts up to N and adds one to the count of generation N + 1.
# skip-backend: none: this build tracks no objects and has no generations, so every count stays 0
import gc

gc.disable()
gc.collect()
a, b, c = gc.get_count()
keep = [[] for i in range(100)]
d, e, f = gc.get_count()
print("older counts after a full collection:", (b, c), (e, f))
print("generation-0 count grew with allocations:", d > a)

gc.collect()
x = []
gc.collect(0)
print("after collect(0):", gc.get_count()[1:])
gc.collect(1)
print("after collect(1):", gc.get_count()[1:])
gc.collect(2)
print("after collect(2):", gc.get_count()[1:])
gc.enable()
