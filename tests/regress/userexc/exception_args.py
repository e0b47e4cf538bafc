# e.args for user exceptions built in different ways.
class NoInit(Exception): pass
class OwnInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
class SuperInit(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.a = a
class Multi(Exception):
    pass

for e in [NoInit(), NoInit("x"), NoInit("x", 2), OwnInit(1, 2), SuperInit(1, 2), Multi(1, [2], None)]:
    print(type(e).__name__, e.args, repr(str(e)))

try:
    raise NoInit
except NoInit as e:
    print("class raised:", e.args, type(e).__name__)
e = Multi("a", "b")
e.args = ("changed",)
print(e, e.args)
e.extra = {"k": 1}
print(e.extra)
try:
    raise OwnInit(3, 4)
except OwnInit as e:
    print(e.a + e.b, e.args)
print(repr(NoInit("q")), repr(Multi(1, 2)), repr(OwnInit(5, 6)))
print(isinstance(NoInit(), BaseException), NoInit.__bases__[0].__name__)
