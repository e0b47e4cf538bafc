# yield from forwards send(), throw() and close() to the subgenerator.
def inner():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print("inner handled", e)
                x = 0
            if x is None:
                break
            total += x
    finally:
        print("inner finally")
    return total

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer after " + str(result)

g = outer()
print(next(g))
print(g.send(5), g.send(10))
print(g.throw(ValueError("bad")))
print(g.send(1))
print(g.send(None))
try:
    next(g)
except StopIteration:
    print("outer finished")

g = outer()
next(g)
g.send(3)
g.close()
print("closed through delegation")

g = outer()
next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError escaped:", e)
