g = 1
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    def glob():
        global g
        g += 10
        return g
    return inc, glob
inc, glob = outer()
print(inc(), inc(), glob(), g)
class K:
    a = 1
    b = [a * i for i in range(3)] if False else 2
    def m(self):
        return __class__
print(K.b, K().m() is K)
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print({k: v for k, v in zip("abc", range(3))}, {c for c in "hello"})
if (n := len("walrus")) > 3:
    print(n)
del g
try:
    print(g)
except NameError as e:
    print(e)
