# Classes are objects: printing them, passing them around, storing them.
class Cat:
    def speak(self):
        return "meow"

class Dog:
    def speak(self):
        return "woof"

print(Cat)
print(repr(Dog), str(Dog))
print(Cat.__name__, Cat.__qualname__, Cat.__module__)
registry = {"cat": Cat, "dog": Dog}
for key in sorted(registry):
    cls = registry[key]
    obj = cls()
    print(key, cls.__name__, obj.speak(), type(obj) is cls)

def make_all(classes):
    return [c() for c in classes]

print([a.speak() for a in make_all([Dog, Cat, Dog])])
print([Cat, Dog])
print({"kinds": (Cat, Dog)})
print(Cat == Cat, Cat == Dog, Cat is registry["cat"])
print(callable(Cat), callable(Cat()), callable(Cat().speak))

class Outer:
    class Inner:
        pass

print(Outer.Inner, Outer.Inner.__qualname__)
print(int, str, type, object)
