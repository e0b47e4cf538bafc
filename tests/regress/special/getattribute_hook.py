# __getattribute__ intercepts every lookup; __getattr__ still runs on failure.
class Audited:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.x = 1

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<default {name}>"

    def method(self):
        return self.x + 1

a = Audited()
print(a.x, a.method(), a.missing)
print(a.log)

class Upper:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __getattribute__(self, name):
        value = super().__getattribute__(name)
        if isinstance(value, str) and not name.startswith("__"):
            return value.upper()
        return value

u = Upper(name="ouro", n=3)
print(u.name, u.n, u.__dict__["name"])
try:
    u.nothing
except AttributeError as e:
    print("AttributeError:", e)
