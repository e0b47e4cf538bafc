# __del__ at function return, on exception unwinding, and in loops.
class Guard:
    def __init__(self, name):
        self.name = name
        print("acquire", name)
    def __del__(self):
        print("release", self.name)

def uses_two():
    g1 = Guard("g1")
    g2 = Guard("g2")
    print("in function")

uses_two()
print("returned")

def returns_one():
    keep = Guard("kept")
    drop = Guard("dropped")
    return keep

k = returns_one()
print("got", k.name)
del k
print("---")

def fails():
    g = Guard("in failing function")
    raise ValueError("oops")

try:
    fails()
except ValueError as e:
    print("caught", e)
print("after try")

for i in range(3):
    g = Guard(f"loop{i}")
print("loop done")
del g

def chain(n):
    if n == 0:
        return
    g = Guard(f"depth{n}")
    chain(n - 1)
    print("unwinding", n)

chain(3)
print("end")
