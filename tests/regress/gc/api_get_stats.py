# gc.get_stats(): one dict per generation with the keys collections,
# collected and uncollectable; collect(0) counts one more generation-0
# collection and collect(2) one more generation-2 collection.
import gc

stats = gc.get_stats()
print("type:", type(stats).__name__, len(stats))
for s in stats:
    print(type(s).__name__, sorted(s), all(type(v) is int and v >= 0 for v in s.values()))

gc.disable()
old = gc.get_stats()
gc.collect(0)
new = gc.get_stats()
print("collect(0) counts:", [new[g]["collections"] - old[g]["collections"] for g in range(3)])
gc.collect(2)
newer = gc.get_stats()
print("collect(2) counts:", [newer[g]["collections"] - new[g]["collections"] for g in range(3)])
print("counts never go down:",
      all(newer[g][k] >= old[g][k] for g in range(3) for k in old[g]))
gc.enable()

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
attempt("get_stats(1):", lambda: gc.get_stats(1))
