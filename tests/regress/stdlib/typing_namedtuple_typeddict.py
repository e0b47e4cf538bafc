# typing.NamedTuple and TypedDict in class syntax, and the call syntax.
from typing import NamedTuple, TypedDict, Optional, List


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0

    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=self.salary * (1 + pct / 100))

    def __str__(self):
        return f"{self.name} ({self.dept})"


e = Employee("ann", salary=100.0)
print(e, repr(e), e.raise_by(10).salary, e[0], len(e))
print(Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(Employee.__mro__, isinstance(e, tuple))
name, dept, salary = e
print(name, dept, salary, e._asdict())

Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point._fields)

try:
    class Bad(NamedTuple):
        a: int = 0
        b: int
except TypeError as err:
    print("TypeError:", err)


class Movie(TypedDict):
    title: str
    year: int


class Rated(Movie, total=False):
    stars: Optional[int]


m = Movie(title="Alien", year=1979)
r = Rated(title="Heat", year=1995, stars=5)
print(m, type(m), m["title"], Movie.__annotations__)
print(r, Rated.__annotations__, sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__), Rated.__total__)
Pet = TypedDict("Pet", {"name": str, "legs": int})
print(Pet(name="rex", legs=4), Pet.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as err:
    print("TypeError:", err)
