# Exit order of nested with statements, and an exception crossing them.
log = []

class Res:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} ({et.__name__ if et else '-'})")
        return self.swallow

with Res("a"), Res("b"), Res("c"):
    log.append("body")
print(log)
log.clear()

with Res("outer", swallow=True):
    with Res("middle"):
        with Res("inner"):
            raise KeyError("k")
    log.append("skipped")
log.append("after")
print(log)
log.clear()

try:
    with Res("x"):
        with Res("y", swallow=True):
            raise ValueError("v")
        log.append("after y")
        raise IndexError("i")
except IndexError:
    log.append("caught IndexError")
print(log)
log.clear()

class Failing:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        log.append("never")

try:
    with Res("ok"), Failing():
        log.append("never body")
except RuntimeError as e:
    log.append(str(e))
print(log)
