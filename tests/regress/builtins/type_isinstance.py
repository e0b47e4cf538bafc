# type(), isinstance() and type names of every built-in value.
values = [1, -2, True, 1.5, "s", [1], (1,), {"a": 1}, {1}, None, range(2), len, print, lambda: 0]
for v in values:
    print(type(v).__name__)
print(type(1) is int, type(True) is bool, type(1.0) is float, type("") is str)
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)))
print(isinstance(1.0, int), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance("x", (list, tuple)))
print(type(type(1)).__name__, type(int).__name__)
print(int, str, type(None))
print(type(3)(4.7), type("")(42), type([])("ab"))
print(type(1) == type(2), type(1) == type(2.0))
def f():
    pass
print(type(f).__name__, type(len).__name__)
print(issubclass(bool, int), issubclass(int, bool), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError("k"), LookupError))
