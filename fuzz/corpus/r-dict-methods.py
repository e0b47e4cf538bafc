# Dict methods: get, setdefault, pop, popitem, update, keys/values/items, copy, clear, fromkeys.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("a", 100), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d.popitem(), d)
d.update({"b": 20, "x": 9})
d.update([("y", 10)], z=11)
d.update(w=0)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
merged = {"a": 1} | {"b": 2, "a": 3}
print(merged)
merged |= {"c": 4}
print(merged)
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
print(d.keys() == {"a", "b", "x", "y", "z", "w"}, "a" in d.keys(), 20 in d.values(), ("b", 20) in d.items())
