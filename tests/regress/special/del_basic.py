# __del__ runs as soon as the last reference disappears.
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("delete", self.name)

a = Noisy("a")
b = a
del a
print("a deleted, b still alive")
del b
print("after del b")

x = Noisy("first")
x = Noisy("second")        # rebinding frees "first" after "second" is made
print("rebound")
x = None
print("x is None")

def work():
    local = Noisy("local")
    print("working with", local.name)
    return 42

print("result", work())
Noisy("temporary")
print("temporary gone")
holder = {"k": Noisy("in dict")}
holder["k"] = 0
print("replaced in dict")
pair = (Noisy("in tuple"), 1)
del pair
print("end")
