# Exceptions propagating through several frames and handlers.
trace = []
def level3(x):
    trace.append("level3")
    return 10 // x

def level2(x):
    trace.append("level2")
    try:
        return level3(x)
    finally:
        trace.append("level2 finally")

def level1(x):
    trace.append("level1")
    try:
        return level2(x)
    except TypeError:
        trace.append("level1 TypeError (no)")
        raise

for arg in (2, 0, "s"):
    trace.clear()
    try:
        print("result", level1(arg))
    except ZeroDivisionError as e:
        print("top caught ZeroDivisionError:", e)
    except TypeError as e:
        print("top caught TypeError:", e)
    print(" ", trace)

def safe_div(a, b, default=None):
    try:
        return a / b
    except ZeroDivisionError:
        return default
    except TypeError:
        return "type error"

print(safe_div(1, 4), safe_div(1, 0), safe_div(1, 0, 0.0), safe_div("a", 1))

def parse_all(items):
    good, bad = [], []
    for item in items:
        try:
            good.append(int(item))
        except ValueError:
            bad.append(item)
    return good, bad
print(parse_all(["1", "x", "3", "", "-7", "4.0"]))

def retry(attempts):
    for n in range(1, attempts + 1):
        try:
            if n < 3:
                raise RuntimeError(f"attempt {n} failed")
            return f"succeeded on attempt {n}"
        except RuntimeError as e:
            print("  ", e)
    return "gave up"
print(retry(2))
print(retry(5))
