# The time module: only properties that do not depend on the clock's value.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
total = 0
for i in range(10000):
    total += i
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(total)
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(t1 >= t0, p1 > p0, m1 >= m0, p1 - p0 >= 0.009)
print(t0 > 1.6e9)
