# The class machinery typing and enum rest on: __class_getitem__,
# __mro_entries__, a metaclass's __prepare__, __instancecheck__, and
# isinstance() with a union.


class Registry:
    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key.__name__}]"


print(Registry[int], Registry[str])


class Alias:
    def __init__(self, origin):
        self.origin = origin

    def __mro_entries__(self, bases):
        return (self.origin,)


class MyList(Alias(list)):
    pass


print(MyList.__mro__, MyList.__orig_bases__[0].origin, MyList([1, 2]))


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Form(metaclass=Ordered, strict=True):
    name = "n"
    age = 3

    def validate(self):
        return True


print(Form.prepared, Form.order)


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.assigned = []

    def __setitem__(self, key, value):
        self.assigned.append(key)
        super().__setitem__(key, value)


class Watch(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recording()

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.assigned = [k for k in ns.assigned if not k.startswith("__")]
        return cls


class W(metaclass=Watch):
    b = 1
    a = 2
    b = 3


print(W.assigned, W.b)


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool


class EvenNumber(metaclass=Even):
    pass


print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), issubclass(bool, EvenNumber), issubclass(int, EvenNumber))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, (str, int | float)))
print(issubclass(bool, int | str), (int | str) == (str | int), int | str | int)
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
print(list[int]([1, 2]), type[int], list[int] == list[int], dict[str, list[int]])


class M(type):
    pass


class WithMeta(metaclass=M):
    x = 1


print(sorted(k for k in WithMeta.__dict__ if not k.startswith("__")), WithMeta | None)
