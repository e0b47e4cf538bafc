# Objects that python refuses to weakly reference raise the same TypeError in ouro.
import weakref

class TupleSub(tuple):
    pass

values = [[], {}, 1, 2 ** 100, 1.5, True, "str", (), (1, 2), None, TupleSub()]
for v in values:
    try:
        weakref.ref(v)
        print("accepted", type(v).__name__)
    except TypeError as e:
        print(e)
try:
    weakref.WeakValueDictionary()["k"] = [1]
except TypeError as e:
    print(e)
try:
    weakref.WeakKeyDictionary()[(1,)] = 1
except TypeError as e:
    print(e)
try:
    weakref.ref()
except TypeError:
    print("TypeError without arguments")
