# Single inheritance: overriding, extending, and inherited methods.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return type(self).__name__.lower()

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"

class Cat(Animal):
    sound = "meow"

    def __init__(self, name, indoor):
        Animal.__init__(self, name)
        self.indoor = indoor

    def kind(self):
        where = "indoor" if self.indoor else "outdoor"
        return where + " " + Animal.kind(self)

zoo = [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", True), Cat("ally", False)]
for a in zoo:
    print(a.speak(), "|", a.kind())
print(isinstance(zoo[2], Dog), isinstance(zoo[2], Animal), isinstance(zoo[3], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Cat, Cat))
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__, Animal.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
