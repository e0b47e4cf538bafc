# throw(): raising an exception at the paused yield.
def tolerant():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("handled inside:", e)
            n = -1
        n += 1

g = tolerant()
print(next(g), next(g), next(g))
print(g.throw(ValueError("reset")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(g, "generator finished"))

def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")

g = with_cleanup()
next(g)
try:
    g.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("caught", e)

g = with_cleanup()
try:
    g.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted generator:", e)

def converter():
    try:
        yield "ready"
    except ZeroDivisionError:
        return "converted to return"

g = converter()
next(g)
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration value:", e.value)
