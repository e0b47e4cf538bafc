# bench: cycles slow
# Ten million objects of cyclic garbage, made in a loop with the collector
# enabled: five million two-list cycles (a -> b -> a), each dropped as soon
# as it is made. With a cycle collector the peak RSS stays bounded (the
# collector keeps up with the garbage); on the `none` build every cycle leaks
# and the process grows to hold all ten million lists. Slow (several seconds
# under python3), so `bench/run` runs it only with --slow or --only.
PAIRS = 5000000

checksum = 0
for i in range(PAIRS):
    a = [i]
    b = [a]
    a.append(b)           # a -> b -> a: neither count ever reaches zero
    checksum += b[0][0] & 7
a = None
b = None
print("checksum", checksum, "objects", 2 * PAIRS)
