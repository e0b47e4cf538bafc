# send(): coroutine-style accumulators.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
print(next(avg))
for v in [10, 20, 60]:
    print("average now", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("final", e.value)

def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x

rm = running_max()
rm.send(None)
print([rm.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])

def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print("echo closing with", received)

e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
g = averager()
try:
    g.send(5)
except TypeError as err:
    print("TypeError:", err)
