# Class attributes are shared until an instance shadows them.
class Config:
    debug = False
    level = 1
    tags = []

    def show(self):
        return f"debug={self.debug} level={self.level} tags={self.tags}"

a = Config()
b = Config()
print(a.show())
a.debug = True            # instance attribute shadows the class attribute
print(a.show())
print(b.show())
print(Config.debug)
Config.level = 5          # visible through every instance without its own
print(a.level, b.level)
b.level = 9
print(a.level, b.level, Config.level)
del b.level               # the class attribute shows through again
print(b.level)
a.tags.append("shared")   # mutating a shared class-level list
print(b.tags, Config.tags)
a.tags = ["own"]
print(a.tags, b.tags)
print(sorted(vars(a)))
print(sorted(vars(b)))
print("debug" in Config.__dict__, "show" in Config.__dict__)
try:
    del b.level
except AttributeError as e:
    print("AttributeError:", e)
