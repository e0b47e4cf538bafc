# gc.callbacks: every callback is called with ("start", info) before a
# collection and ("stop", info) after it, in list order; info has the keys
# generation, collected, uncollectable; a removed callback is not called.
import gc

calls = []

def first(phase, info):
    calls.append(("first", phase, info["generation"], sorted(info)))

def second(phase, info):
    calls.append(("second", phase, info["generation"]))

print("callbacks:", type(gc.callbacks).__name__, gc.callbacks)
gc.disable()                         # only explicit collections below
gc.callbacks.append(first)
gc.callbacks.append(second)
gc.collect()
for c in calls:
    print(c)

calls.clear()
gc.collect(0)
print("collect(0) generations:", [c[2] for c in calls])
calls.clear()
gc.collect(generation=1)
print("collect(1) generations:", [c[2] for c in calls])

# The info types, and the stop phase of a collection that has garbage.
seen = []
def typed(phase, info):
    seen.append((phase, type(info).__name__,
                 sorted((k, type(v).__name__) for k, v in info.items())))
gc.callbacks.append(typed)
gc.collect()
for s in seen:
    print(s)

gc.callbacks.remove(first)
gc.callbacks.remove(typed)
calls.clear()
gc.collect()
print("after removing first:", calls)
gc.callbacks.clear()
calls.clear()
gc.collect()
print("after clearing:", calls, gc.callbacks)
gc.enable()
