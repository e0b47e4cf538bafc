# *args and **kwargs: collecting and spreading arguments.
def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, "x", key="v", other=None))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3, 4))
values = [10, 20, 30]
print(total(*values), total(*values, 40), total(0, *values, *values))

def describe(name, *tags, sep=", ", **attrs):
    parts = [name]
    if tags:
        parts.append("tags=" + sep.join(tags))
    for k in sorted(attrs):
        parts.append(f"{k}={attrs[k]!r}")
    return " | ".join(parts)

print(describe("item"))
print(describe("item", "red", "big"))
print(describe("item", "a", "b", sep="/", weight=3, color="blue"))
opts = {"size": 10, "label": "L"}
print(describe("x", *("t1", "t2"), **opts))
print(describe(**{"name": "from-dict"}))

def point(x, y, z=0):
    return f"({x}, {y}, {z})"
print(point(*[1, 2]), point(*(1, 2, 3)), point(**{"x": 5, "y": 6}))
print(point(1, **{"y": 2, "z": 3}))

def forward(*args, **kwargs):
    return point(*args, **kwargs)
print(forward(7, z=9, y=8))

def kw_types(**kw):
    return type(kw).__name__, list(kw.keys())
print(kw_types(b=1, a=2))
print(type(collect(1)[0]).__name__)
