class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow

with CM("a") as a, CM("b", True) as b:
    print(a.name, b.name)
    raise ValueError("x")
print("after")
try:
    with CM("c"):
        1 / 0
except ZeroDivisionError:
    print("propagated")
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
