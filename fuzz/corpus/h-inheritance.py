class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B" + super().who()
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C" + super().who()
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def who(self): return "D" + super().who()
    def chain(self): return ["D"] + super().chain()
print(D().who(), D().chain(), [k.__name__ for k in D.__mro__])
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
try:
    s.c = 2
except AttributeError as e:
    print("slots", e)
try:
    print(s.b)
except AttributeError as e:
    print("unset", e)
class Meta(type):
    pass
class E(Exception): pass
class F(E, KeyError): pass
try:
    raise F("f")
except KeyError as e:
    print("caught", type(e).__name__, isinstance(e, E))
print(type(D()).__name__, type(type), object().__class__, vars(A()) if 0 else {})
