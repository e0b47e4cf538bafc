# Errors raised by list operations, with their exact messages.
def attempt(label, fn):
    try:
        result = fn()
        print(label, "ok:", result)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

empty = []
nums = [1, 2, 3]
attempt("index", lambda: nums[3])
attempt("negative index", lambda: nums[-4])
attempt("pop empty", lambda: empty.pop())
attempt("pop out of range", lambda: nums.pop(10))
attempt("remove missing", lambda: nums.remove(7))
attempt("index missing", lambda: nums.index(7))
attempt("str index", lambda: nums["a"])
attempt("add int", lambda: nums + 1)
attempt("int add", lambda: 1 + nums)
attempt("mul list", lambda: nums * nums)
attempt("max empty", lambda: max(empty))
attempt("hash list", lambda: {nums: 1})
attempt("set of lists", lambda: set([nums, nums]))
attempt("unpack", lambda: [a for a, b in [nums]])
attempt("call list", lambda: nums())
attempt("no attribute", lambda: nums.push(4))
attempt("sort mixed", lambda: sorted([1, "x", 2]))
nothing = None
five = 5
attempt("None index", lambda: nothing[0])
attempt("int index", lambda: five[0])
attempt("ok", lambda: nums[-3])
