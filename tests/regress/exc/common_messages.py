# The exact messages of the most common runtime errors.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

nums = [1, 2, 3]
d = {"a": 1}
s = "text"
n = None
i = 5
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: nums[10])
show(lambda: s[10])
show(lambda: (1, 2)[2])
show(lambda: d["b"])
show(lambda: undefined_name)
show(lambda: 1 + "2")
show(lambda: "2" + 1)
show(lambda: [1] + "a")
show(lambda: 1 - None)
show(lambda: None + None)
show(lambda: i[0])
show(lambda: n[0])
show(lambda: n.attr)
show(lambda: i())
show(lambda: s())
show(lambda: len(i))
show(lambda: int("abc"))
show(lambda: int("4.5"))
show(lambda: float("x"))
show(lambda: nums.index(9))
show(lambda: s.index("z"))
show(lambda: [x for x in i])
show(lambda: -"a")
show(lambda: ~1.5)
show(lambda: i < "a")
show(lambda: {} < {})
show(lambda: [1, 2, 3][1:2:0])
show(lambda: abs(nums))
show(lambda: "abc" * "d")
show(lambda: math_not_imported.pi)
show(lambda: nums.missing_method())
show(lambda: divmod(1, 0))
show(lambda: 2 ** -1 % 0)
show(lambda: sum([1, "a"]))
show(lambda: chr(1114112))
show(lambda: range("a"))
show(lambda: {}.pop("x"))
show(lambda: set().remove(1))
show(lambda: hash([]))
def one(a):
    return a
def two(a, b):
    return a + b
def none():
    return 0
show(lambda: one())
show(lambda: two(1))
show(lambda: two())
show(lambda: one(1, 2))
show(lambda: none(1))
show(lambda: none(x=1))
show(lambda: two(1, a=1))
