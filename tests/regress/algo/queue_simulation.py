# A deterministic checkout-queue simulation with a linear congruential generator.
state = 42
def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state >> 33) % n

queue = []
served = 0
waits = []
max_len = 0
for minute in range(200):
    for _ in range(rand(3)):
        queue.append(minute)
    if queue and rand(4) != 0:
        arrived = queue.pop(0)
        waits.append(minute - arrived)
        served += 1
    max_len = max(max_len, len(queue))
print("served", served, "left", len(queue), "max queue", max_len)
print("average wait", round(sum(waits) / len(waits), 3), "max wait", max(waits))
histogram = {}
for w in waits:
    bucket = w // 10 * 10
    histogram[bucket] = histogram.get(bucket, 0) + 1
for bucket in sorted(histogram):
    print(f"{bucket:3}-{bucket + 9:<3} {'*' * (histogram[bucket] // 2)}")
print(state)
