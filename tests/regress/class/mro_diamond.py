# C3 linearization on diamonds and larger hierarchies.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass

def names(cls):
    return [c.__name__ for c in cls.__mro__]

print(names(D))

class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC, E): pass
print(names(AA))
print(names(BB), names(CC))

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print(names(Z), names(W))
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)

class M1:
    def hello(self): return "M1"
class M2(M1): pass
class M3(M1):
    def hello(self): return "M3"
class M4(M2, M3): pass
print(M4().hello(), names(M4))
print(D.mro() == list(D.__mro__))
