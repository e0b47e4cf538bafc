# int(), float(), str(), bool(), list(), tuple(), dict(), set() conversions.
print(int("42"), int("-17"), int("  7  "), int("+3"), int("1_000"), int(3.99), int(-3.99))
print(int(True), int(), float(), str(), bool(), list(), tuple(), dict())
print(float("1.5"), float("-0"), float("1e3"), float(" 2.5 "), float(7), float("inf"), float("-Infinity"))
print(float("nan"), float(".5"), float("5."), float("1_0.5"))
print(str(42), str(-0.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": "v"}))
print(bool(0), bool(1), bool(""), bool("False"), bool([]), bool(None))
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)))
print(tuple([1, 2]), tuple("xy"), tuple({3: 4}))
print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(sorted(set("banana")), set([1, 2, 2, 3]), set((4, 4)))
print(int("ff", 16), int("0xff", 16), int("777", 8), int("-101", 2), int("z", 36), int("0b11", 0))
for bad in ["abc", "1.5", "", " ", "1 2", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["abc", "", "1.2.3"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
