# After CPython's test_gc.py GCCallbackTests (test_collect,
# test_collect_generation, test_collect_garbage): two callbacks each see one
# "start" and one "stop" per collection, with the generation collected.
import gc

visit = []

def cb1(phase, info):
    visit.append((1, phase, dict(info)))

def cb2(phase, info):
    visit.append((2, phase, dict(info)))

gc.disable()
gc.callbacks.append(cb1)
gc.callbacks.append(cb2)
gc.collect()
visit.clear()

gc.collect()
print("callers:", [v[0] for v in visit])
print("phases:", [v[1] for v in visit])
print("info keys:", all(sorted(v[2]) == ["collected", "generation", "uncollectable"] for v in visit))

visit.clear()
gc.collect(2)
print("generations for collect(2):", [v[2]["generation"] for v in visit])

visit.clear()
gc.collect(0)
print("generations for collect(0):", [v[2]["generation"] for v in visit])

gc.callbacks.remove(cb1)
gc.callbacks.remove(cb2)
visit.clear()
gc.collect()
print("after removal:", visit)
gc.enable()
