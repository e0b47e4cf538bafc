# A function body that ends in a branch returning a value returns None when
# the branch is not taken (the jump lands past the last instruction).
def g(a):
    if a:
        return 5
print(g(0), g(1))
def h(x):
    while x:
        if x > 3:
            return "big"
        x -= 1
print(h(2), h(5))
def k(x):
    try:
        if x:
            return 1
    finally:
        pass
print(k(0), k(1))
def m(x):
    for i in range(x):
        if i == 2:
            return i
print(m(1), m(5))
def n(x):
    if x == 1:
        return "one"
    elif x == 2:
        return "two"
print(n(1), n(2), n(3))
lam = lambda x: (x if x else None)
print(lam(0))
def gen(x):
    if x:
        return
    yield 1
print(list(gen(0)), list(gen(1)))
def w(x):
    with open_ctx() as c:
        if x:
            return c
class open_ctx:
    def __enter__(self): return "ctx"
    def __exit__(self, *a): return False
print(w(0), w(1))
def mt(x):
    match x:
        case 1:
            return "one"
print(mt(1), mt(2))
