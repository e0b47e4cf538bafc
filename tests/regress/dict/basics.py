# Dict creation, lookup, assignment, deletion, membership, insertion order.
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"])
d["one"] = "uno"          # overwriting keeps the original position
print(d)
del d["two"]
d["two"] = 2              # re-inserting moves it to the end
print(d)
print("one" in d, "four" in d, 1 in d, "four" not in d)
mixed = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(mixed)
print(mixed[1], mixed[True], mixed[1.0], mixed[(1, 2)], mixed[None])
print({}, dict(), {1: {}}, {"nested": {"deep": [1, 2]}})
nums = {}
for i in range(10):
    nums[i * i] = i
print(nums)
print(list(nums), list(nums.keys())[-1], list(nums.values())[:3])
empty = {}
print(bool(empty), bool({0: 0}), len(empty))
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} != {1: 2})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[0]
except KeyError as e:
    print("KeyError:", e)
