# and/or return one of their operands; not always returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default")
print([] and [1], [0] and [1], None or 0, 0 or None)
print(not 0, not 1, not "", not "x", not [], not None)
print(0 or "" or [] or {} or "last", 1 and "a" and [1] and "end")

trace = []
def t(name, value):
    trace.append(name)
    return value

r = t("a", False) and t("b", True)
print(r, trace)
trace.clear()
r = t("a", True) or t("b", True)
print(r, trace)
trace.clear()
r = t("a", 0) or t("b", "") or t("c", "found")
print(r, trace)
trace.clear()
r = t("a", 1) and t("b", 2) and t("c", 0) and t("d", 3)
print(r, trace)

items = []
first = items and items[0]
print(repr(first))
name = None
print(name or "anonymous")
x = 7
print(x > 5 and "big" or "small")
print(bool(0.0), bool(-0.0), bool(0.1), bool(" "), bool((0,)), bool({}))
