# python3 does not track dicts that can hold no cycle: a dict starts
# untracked while it holds only atomic values, becomes tracked when a
# container is stored in it, and a full collection untracks it again once
# the containers are gone.
# skip-backend: none: this build tracks no objects: gc.is_tracked() is False for everything
# skip-backend: boehm: libgc scans every container, so gc.is_tracked is true for all of them: atomic-only dicts are not untracked
import gc

d = {}
print("empty:", gc.is_tracked(d))
d["a"] = 1
d["b"] = "two"
d["c"] = None
d["d"] = 4.5
print("atomic values:", gc.is_tracked(d))
d["e"] = []
print("after storing a list:", gc.is_tracked(d))
del d["e"]
print("after removing it:", gc.is_tracked(d))
gc.collect()
print("after a full collection:", gc.is_tracked(d))

print("literal with atoms:", gc.is_tracked({"a": 1}))
print("literal with a list:", gc.is_tracked({"a": []}))
print("dict():", gc.is_tracked(dict(a=1, b="x")))
print("comprehension of atoms:", gc.is_tracked({i: i * 2 for i in range(5)}))
print("comprehension of lists:", gc.is_tracked({i: [i] for i in range(5)}))
print("fromkeys:", gc.is_tracked(dict.fromkeys([1, 2, 3])))
print("tuple key of atoms:", gc.is_tracked({(1, 2): 1}))
print("dict value:", gc.is_tracked({1: {}}))
class User:
    pass
print("user class value:", gc.is_tracked({"k": User}))
print("instance value:", gc.is_tracked({"k": User()}))

atoms = {"x": 1}
print("copy of atoms:", gc.is_tracked(atoms.copy()))
print("copy of containers:", gc.is_tracked({"x": [1]}.copy()))
u = {}
u.update({"a": [1]})
print("update with a list:", gc.is_tracked(u))
s = {}
s.setdefault("a", [])
print("setdefault with a list:", gc.is_tracked(s))

# Tracked or not, the dict behaves the same.
d = {"n": 1}
d["l"] = [d]
print("self-holding dict works:", d["l"][0] is d, len(d))
