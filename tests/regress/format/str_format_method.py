# str.format: positional, numbered, keyword, attribute/index access, specs.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Cy", age=7))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:,} {:x} {:#b} {:e}".format(3.14159, 5, 1234567, 255, 5, 1234.5))
print("{0:{1}} | {0:>{1}} | {2:{3}.{4}f}".format("w", 5, 2.71828, 10, 2))
print("{!r} {!s} {!r:>6}".format("q", "q", 1))
print("{{}} {{{}}}".format("in braces"))
print("{} {}".format([1, 2], (3, 4)), "{}".format(None), "{}".format({"a": 1}))
print("{:.3}".format("truncate"), "{:10.3}|".format("truncate"))
print("{:%}".format(0.5), "{:.1%}".format(1 / 3))
template = "{greeting}, {name}! You have {n:d} new {what}."
print(template.format(greeting="Hi", name="Ann", n=3, what="messages"))
args = ["a", "b"]
kwargs = {"x": 1}
print("{} {} {x}".format(*args, **kwargs))
print(format(42, "05d"), format(3.5, ".2f"), format("s", "^5"), format(255, "x"), format(1e6, ","))
print(format(12), format(1.0), format("plain"), repr(format("", "")))
for bad in ["{", "}", "{0} {}", "{:d}"]:
    try:
        print(bad.format("x"))
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
