# User-defined descriptors: __get__, __set__, __set_name__, data vs non-data.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("__set_name__", owner.__name__, name)

    def __init__(self, kind):
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Constant:
    def __init__(self, value):
        self.value = value
    def __get__(self, obj, objtype=None):
        return self.value

class Product:
    name = Typed(str)
    price = Typed(float)
    currency = Constant("EUR")

    def __init__(self, name, price):
        self.name = name
        self.price = price

p = Product("pen", 1.5)
print(p.name, p.price, p.currency)
try:
    p.price = "cheap"
except TypeError as e:
    print("TypeError:", e)
p.currency = "USD"          # non-data descriptor: the instance dict wins
print(p.currency, Product.currency, sorted(vars(p)))
print(type(Product.name).__name__, Product.name.kind.__name__)
p.name = "pencil"
print(p.name, p._name)
