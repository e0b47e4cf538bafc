# bench: cycles
# Collecting a large amount of cyclic garbage at once: each round builds a
# ring of 100,000 linked instances (each also holding a list), drops it and
# calls gc.collect(), which must find the whole ring unreachable and free it.
# Only the collections are timed (the `bench-time:` line): finding and
# freeing 200,000 objects (300,000 containers where instances have a
# separate __dict__) per round. The ring is built with the collector
# disabled so that building it stays quick and the garbage is all there for
# the timed collection to find. The `none` build collects nothing: its time
# says nothing about this benchmark.
import gc
import time


class Node:
    def __init__(self, i, prev):
        self.i = i
        self.prev = prev
        self.next = None
        self.items = [i, prev]


ROUNDS = 6
RING = 100000

elapsed = 0.0
cpu_elapsed = 0.0
checksum = 0
for rnd in range(ROUNDS):
    gc.disable()
    head = Node(0, None)
    node = head
    for i in range(1, RING):
        node.next = Node(i, node)
        node = node.next
    node.next = head                 # close the ring
    head.prev = node
    checksum += head.prev.i + head.next.items[0] + rnd
    head = None
    node = None
    gc.enable()
    start, cpu_start = time.perf_counter(), time.process_time()
    gc.collect()
    elapsed += time.perf_counter() - start
    cpu_elapsed += time.process_time() - cpu_start
print("bench-time:", elapsed, cpu_elapsed)
print("checksum", checksum)
