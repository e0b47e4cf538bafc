# class Celsius(float): extra methods and repr, float arithmetic kept.
class Celsius(float):
    def to_fahrenheit(self):
        return Celsius.__new__(Fahrenheit, self * 9 / 5 + 32)

    def __repr__(self):
        return f"{float(self):.1f}C"

class Fahrenheit(float):
    def __repr__(self):
        return f"{float(self):.1f}F"

t = Celsius(21.5)
print(t, repr(t), t.to_fahrenheit())
print(t + 1, type(t + 1).__name__)
print(isinstance(t, float), t > 20, round(t))
readings = [Celsius(x) for x in (18.25, 22.0, -3.5)]
print(readings)
print(max(readings), min(readings))
print(sorted(readings))
print(sum(readings) / len(readings))
print([r.to_fahrenheit() for r in readings])
print(Celsius("36.6"), float(Celsius(1)))
