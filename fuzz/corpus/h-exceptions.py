class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

def risky(n):
    if n == 0:
        raise MyError(0)
    if n == 1:
        return 1 / 0
    if n == 2:
        return [][1]
    if n == 3:
        return {}["k"]
    return int("x")

for n in range(5):
    try:
        risky(n)
    except MyError as e:
        print("mine", e.code, e.args)
    except (ZeroDivisionError, IndexError) as e:
        print(type(e).__name__, e)
    except Exception as e:
        print("other", repr(e))
    else:
        print("no error")
    finally:
        print("finally", n)

try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)

def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
assert True, "never"
try:
    assert 1 > 2, "bad"
except AssertionError as e:
    print("assert", e)
raise MyError(7)
