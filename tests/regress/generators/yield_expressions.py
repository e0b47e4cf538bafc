# Forms of yield: bare yield, yield as an expression, in conditions and calls.
def bare():
    yield
    yield None
print(list(bare()))

def doubler():
    x = 0
    while x is not None:
        x = yield (x * 2 if x else "start")

g = doubler()
print(next(g), g.send(5), g.send(21))

def tagged():
    got = []
    got.append((yield "a"))
    got.append((yield "b"))
    yield got

g = tagged()
print(next(g), g.send(1), g.send(2))

def conditional(n):
    for i in range(n):
        if (yield i) == "skip":
            print("skip requested at", i)

g = conditional(4)
out = [next(g)]
out.append(g.send("skip"))
out.append(next(g))
print(out)

def nested_calls():
    values = [(yield 1), (yield 2)]
    print("values", values)
    yield str((yield "inner"))

g = nested_calls()
print(next(g), g.send("x"), g.send("y"), g.send(99))
lam = lambda: (yield 7)
print(list(lam()))
