# __getattr__ runs only when normal lookup fails.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._target, name)

class Target:
    color = "red"
    def hello(self, who):
        return "hello " + who

p = Proxy(Target())
print(p.color)
print(p.hello("bob"))
print(p.hits)           # found normally: no __getattr__ call
p.hits += 1
print(p.hits)
try:
    p.size
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "_private"), getattr(p, "_other", "default"))

class Lazy:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)   # cache it: next time no __getattr__
        print("computed", name)
        return value

z = Lazy()
print(z.abc, z.abc, z.hello)
print(sorted(vars(z)))
