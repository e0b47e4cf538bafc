# gc.get_referents() lists a list's and a tuple's items last first, as
# python3 does (their traverse visits them in that order).
import gc
a, b, c = object(), object(), object()
print(gc.get_referents([a, b, c]) == [c, b, a])
print(gc.get_referents((a, b, c)) == [c, b, a])
print(gc.get_referents([1, "two", 3.0]))
print(gc.get_referents(("x", ("y",), ["z"])))
nested = [[1], [2]]
print(gc.get_referents(nested, nested[0]))
