# property with getter, setter, deleter; validation raising ValueError.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
try:
    t.fahrenheit = 10
except AttributeError as e:
    print("AttributeError")
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError:
    print("no value now")
t.celsius = 0
print(t.fahrenheit)
print(type(Temperature.celsius).__name__)
