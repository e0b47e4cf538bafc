# Name mangling of __private attributes in class bodies.
class Account:
    def __init__(self, pin):
        self.__pin = pin
        self._hint = "starts with " + str(pin)[0]

    def check(self, pin):
        return pin == self.__pin

class Savings(Account):
    def __init__(self, pin):
        super().__init__(pin)
        self.__pin = "child"

    def both(self):
        return self.__pin, self._Account__pin

a = Account(1234)
print(a.check(1234), a.check(1), a._hint)
print(sorted(vars(a)))
try:
    a.__pin
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__pin)
s = Savings(42)
print(s.both(), s.check(42))
print(sorted(vars(s)))
