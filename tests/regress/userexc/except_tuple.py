# except (A, B) as e with user classes and builtins mixed.
class NotFound(Exception): pass
class Forbidden(Exception): pass
class Teapot(Exception): pass

def handle(exc):
    try:
        raise exc
    except (NotFound, Forbidden) as e:
        return f"client error {type(e).__name__}: {e}"
    except (KeyError, IndexError) as e:
        return f"lookup error {type(e).__name__}: {e}"
    except Exception as e:
        return f"other {type(e).__name__}"

for exc in [NotFound("/x"), Forbidden("/admin"), KeyError("k"), IndexError("i"), Teapot()]:
    print(handle(exc))

ERRORS = (NotFound, ValueError)
try:
    int("oops")
except ERRORS as e:
    print("caught via tuple variable:", type(e).__name__)

def risky(n):
    if n == 0:
        raise NotFound("zero")
    if n == 1:
        raise Forbidden("one")
    return n

results = []
for n in range(4):
    try:
        results.append(risky(n))
    except (Forbidden, NotFound) as e:
        results.append(str(e))
print(results)
try:
    try:
        raise Teapot("brew")
    except (NotFound, Forbidden):
        print("wrong handler")
except Teapot as e:
    print("outer caught", e)
try:
    raise NotFound("scoped")
except NotFound as e:
    pass
print("e" in dir())
