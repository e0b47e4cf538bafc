# nonlocal rebinding across several levels, and shared state between closures.
def account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient funds"
        balance -= amount
        return balance
    def get():
        return balance
    return deposit, withdraw, get

dep, wd, get = account(100)
print(dep(50), wd(30), wd(500), get())

def level1():
    x = 1
    def level2():
        def level3():
            nonlocal x
            x += 100
            return x
        return level3()
    r = level2()
    return r, x
print(level1())

def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        result = a
        a, b = b, a + b
        return result
    return step
nxt = fib_gen()
print([nxt() for _ in range(12)])

def toggle():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip
t = toggle()
print(t(), t(), t())

def shadow():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    inner()
    return x
print(shadow())
