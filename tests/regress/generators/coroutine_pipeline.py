# Push-style pipelines built from generators driven with send().
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def filter_stage(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)

def map_stage(fn, target):
    try:
        while True:
            target.send(fn((yield)))
    finally:
        print("map stage closed")

def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

def primed(gen):
    next(gen)
    return gen

out_even = primed(printer("even:"))
out_big = primed(printer("big:"))
pipe = primed(map_stage(lambda x: x * 3,
                        primed(broadcast([
                            primed(filter_stage(lambda x: x % 2 == 0, out_even)),
                            primed(filter_stage(lambda x: x > 20, out_big)),
                        ]))))
for n in range(1, 10):
    pipe.send(n)
pipe.close()
print("done")
