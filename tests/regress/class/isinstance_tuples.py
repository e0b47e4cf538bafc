# isinstance and issubclass with tuples of classes and builtins.
class Vehicle: pass
class Car(Vehicle): pass
class Boat(Vehicle): pass
class Plane: pass
class Seaplane(Plane, Boat): pass

things = [Car(), Boat(), Plane(), Seaplane(), 3, "s", 2.5, True]
for t in things:
    print(type(t).__name__,
          isinstance(t, (Car, Boat)),
          isinstance(t, (int, str)),
          isinstance(t, (Vehicle,)),
          isinstance(t, ()))
print(issubclass(Seaplane, (Car, Boat)), issubclass(Car, (Plane, str)))
print(issubclass(bool, int), issubclass(int, (float, object)))
print(isinstance(Car, type), isinstance(Car(), object), issubclass(Car, object))
print(isinstance(True, (float, (str, int))))
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError")
try:
    issubclass(Car(), Vehicle)
except TypeError as e:
    print("TypeError:", e)
