# Exceptions raised inside a generator propagate to the consumer.
def parse(items):
    for item in items:
        yield int(item)

g = parse(["1", "2", "x", "4"])
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "dead after exception"))

def safe(items):
    for item in items:
        try:
            yield int(item)
        except ValueError:
            yield None

print(list(safe(["1", "bad", "3"])))

def guarded():
    try:
        yield 1
        raise KeyError("inside")
    except KeyError as e:
        yield "handled " + str(e)
    finally:
        yield "finally"
print(list(guarded()))

def leaky():
    yield 1
    raise StopIteration("explicit")
try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e)

def reraises():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        print("logging")
        raise
try:
    for v in reraises():
        print("v", v)
except ZeroDivisionError as e:
    print("consumer caught:", e)
