# __dict__ and vars() of instances and classes.
class Person:
    species = "human"

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def greet(self):
        return "hi " + self.name

p = Person("ann", 30)
print(vars(p))
print(p.__dict__ is vars(p))
p.__dict__["nick"] = "annie"
print(p.nick)
p.age += 1
print(p.__dict__)
del p.__dict__["nick"]
print(hasattr(p, "nick"))
print("species" in vars(p), "species" in vars(Person), "greet" in Person.__dict__)
q = Person("bob", 5)
q.__dict__.update({"age": 6, "pet": "cat"})
print(sorted(q.__dict__.items()))
for k, v in vars(p).items():
    print(k, "=", v)
clone = Person.__new__(Person)
clone.__dict__.update(vars(p))
print(clone.greet(), clone.age, clone is p)
try:
    vars(3)
except TypeError as e:
    print("TypeError:", e)
