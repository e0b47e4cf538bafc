# close(): GeneratorExit raised at the yield, try/finally runs.
def worker(name):
    print(name, "start")
    try:
        while True:
            yield name
    except GeneratorExit:
        print(name, "got GeneratorExit")
        raise
    finally:
        print(name, "finally")

w = worker("w1")
print(next(w))
w.close()
print("closed")
w.close()                     # closing again is a no-op
try:
    next(w)
except StopIteration:
    print("w1 exhausted")

fresh = worker("never started")
fresh.close()                 # not started: nothing runs
print("closed unstarted")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def resource():
    print("open")
    try:
        yield "data1"
        yield "data2"
    finally:
        print("release")

for item in resource():
    print(item)
    break
print("after break")
r = resource()
print(next(r))
del r
print("after del")
