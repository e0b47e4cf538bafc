# __new__ controlling instance creation: a singleton and an instance cache.
class Registry:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("creating the registry")
            cls._instance = super().__new__(cls)
            cls._instance.items = []
        return cls._instance

    def add(self, item):
        self.items.append(item)

r1 = Registry()
r2 = Registry()
r1.add("a")
r2.add("b")
print(r1 is r2, r1.items)

class Color:
    _cache = {}

    def __new__(cls, name):
        if name in cls._cache:
            return cls._cache[name]
        obj = object.__new__(cls)
        cls._cache[name] = obj
        return obj

    def __init__(self, name):
        print("init", name)
        self.name = name

red = Color("red")
blue = Color("blue")
red2 = Color("red")
print(red is red2, red is blue, len(Color._cache))

class NotMine:
    def __new__(cls, value):
        return value * 2
    def __init__(self, value):
        print("never called")

print(NotMine(21), type(NotMine("ab")).__name__)
