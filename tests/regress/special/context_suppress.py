# __exit__ returning True suppresses; what __exit__ receives.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("clean exit")
            return False
        print("exit got", exc_type.__name__, repr(exc.args), tb is not None)
        self.caught = exc
        return issubclass(exc_type, self.types)

with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("after, caught", type(s.caught).__name__, s.caught)

with Suppress(ArithmeticError):
    print(1 / 0)
print("division error suppressed")

with Suppress(KeyError):
    print("nothing happens")

try:
    with Suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("propagated:", e)

def total(values):
    result = 0
    for v in values:
        with Suppress(ValueError, TypeError):
            result += int(v)
    return result
print(total(["1", "x", 2, None, "30"]))
