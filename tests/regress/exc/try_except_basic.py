# try/except basics: matching by type, tuples of types, base classes, `as`.
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][0]
    if kind == "key":
        return {}["k"]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("x")
    if kind == "name":
        return undefined_variable
    if kind == "attr":
        return (1).nope
    return "fine"

for kind in ["zero", "index", "key", "type", "value", "name", "attr", "none"]:
    try:
        result = risky(kind)
        print(kind, "->", result)
    except ZeroDivisionError as e:
        print(kind, "-> ZeroDivisionError:", e)
    except (IndexError, KeyError) as e:
        print(kind, "-> lookup error", type(e).__name__, e)
    except ArithmeticError:
        print("never: ZeroDivisionError was handled above")
    except Exception as e:
        print(kind, "-> other", type(e).__name__ + ":", e)

try:
    [1, 2][5]
except LookupError as e:
    print("caught via base class:", type(e).__name__, e)
try:
    int("12x")
except:
    print("bare except caught it")
try:
    try:
        {}["missing"]
    except IndexError:
        print("wrong handler")
except KeyError as e:
    print("outer handler:", repr(e))
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError as err:
    print("the `as` name is deleted after the handler:", err)
