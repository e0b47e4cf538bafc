# Simple function decorators applied to methods.
def logged(func):
    def wrapper(self, *args):
        print(f"-> {func.__name__}{args}")
        result = func(self, *args)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper

def counted(func):
    def wrapper(*args, **kw):
        wrapper.calls += 1
        return func(*args, **kw)
    wrapper.calls = 0
    return wrapper

class Calc:
    def __init__(self, base):
        self.base = base

    @logged
    def add(self, x):
        return self.base + x

    @logged
    def scale(self, x, y):
        return self.base * x * y

    @counted
    def ping(self):
        return "pong"

c = Calc(10)
c.add(5)
c.scale(2, 3)
for _ in range(4):
    c.ping()
print(Calc.ping.calls)
print(Calc.add.__name__)

def twice(func):
    def wrapper(self):
        func(self)
        func(self)
    return wrapper

class Bell:
    rings = 0
    @twice
    def ring(self):
        Bell.rings += 1
        print("ring", Bell.rings)

Bell().ring()
