# bench: full-collection
# Full collections over a large live heap: about 1.1 million small containers
# (lists, tuples holding lists, dicts holding lists, class instances), all
# reachable, then gc.collect() five times. Only those collections are timed
# (the `bench-time:` line): the cost of one full traversal of a heap that
# holds no garbage. The heap is built with the collector disabled, so that
# building it stays quick (build_live measures that), and one untimed
# collection first moves everything into the oldest generation, as any long
# running program's heap would be.
import gc
import time


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


gc.disable()
lists = [[i, i + 1] for i in range(400000)]
pairs = [(i, [i]) for i in range(200000)]
records = [{"k": i, "v": [i]} for i in range(100000)]
points = [Point(i, i * 2) for i in range(100000)]
gc.enable()
gc.collect()

COLLECTIONS = 5
start, cpu_start = time.perf_counter(), time.process_time()
for _ in range(COLLECTIONS):
    gc.collect()
print("bench-time:", time.perf_counter() - start, time.process_time() - cpu_start)

checksum = lists[-1][1] + pairs[-1][1][0] + records[-1]["v"][0] + points[-1].y
print("checksum", checksum, len(lists) + len(pairs) + len(records) + len(points))
