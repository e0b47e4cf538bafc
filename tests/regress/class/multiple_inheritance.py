# Multiple inheritance: attribute lookup order and mixins.
class JsonMixin:
    def to_json(self):
        items = sorted(self.__dict__.items())
        body = ", ".join(f'"{k}": {v!r}' for k, v in items)
        return "{" + body + "}"

class EqMixin:
    def same_as(self, other):
        return self.__dict__ == other.__dict__

class Base:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def who(self):
        return "Base"

class Left(Base):
    def who(self):
        return "Left"

class Right(Base):
    def who(self):
        return "Right"

    def only_right(self):
        return "only in Right"

class Record(JsonMixin, EqMixin, Left, Right):
    pass

r = Record(a=1, b="two")
s = Record(b="two", a=1)
print(r.to_json())
print(r.same_as(s), r.same_as(Record(a=2)))
print(r.who(), r.only_right())
print([c.__name__ for c in Record.__mro__])
print([c.__name__ for c in Record.__bases__])
print(isinstance(r, Right), isinstance(r, JsonMixin), issubclass(Record, EqMixin))
