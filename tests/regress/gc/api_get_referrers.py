# gc.get_referrers(): the containers that refer to an object, here a list,
# a dict, a tuple and an instance (directly or through its __dict__).
# skip-backend: none: this build tracks no objects, so gc.get_referrers() raises NotImplementedError
import gc

class Tag:
    pass

class Owner:
    pass

x = Tag()
holder = [x]
table = {"key": x}
pair = (x, 1)
owner = Owner()
owner.attr = x

refs = gc.get_referrers(x)
print("returns a list:", type(refs).__name__)
print("list holding it:", any(r is holder for r in refs))
print("dict holding it:", any(r is table for r in refs))
print("tuple holding it:", any(r is pair for r in refs))
print("instance (or its __dict__) holding it:",
      any(r is owner or (type(r) is dict and r.get("attr") is x) for r in refs))
unrelated = [1, 2]
print("unrelated list absent:", not any(r is unrelated for r in refs))
refs = None

# Dropping a reference removes the referrer.
holder.clear()
print("cleared list no longer refers:", not any(r is holder for r in gc.get_referrers(x)))

# Several objects at once: referrers of any of them.
y = Tag()
both = [x, y]
only_y = [y]
refs = gc.get_referrers(x, y)
print("referrer of either:", any(r is both for r in refs), any(r is only_y for r in refs))
refs = None

print("no arguments:", gc.get_referrers())

# A key in a dict counts as a reference too.
k = Tag()
keyed = {k: 1}
print("dict with it as key:", any(r is keyed for r in gc.get_referrers(k)))
