# Type annotations on functions, classes and modules are recorded in
# __annotations__ (evaluated when the def, class or statement runs).
from typing import List, Dict, Optional


def greet(name: str, times: int = 1) -> str:
    return ", ".join(["hello " + name] * times)


def mean(values: List[float]) -> Optional[float]:
    if not values:
        return None
    return sum(values) / len(values)


def configure(a: int, /, b: "Config", *rest: str, verbose: bool = False, **extra: Dict[str, int]) -> None:
    pass


def untyped(x, y=2):
    return x + y


print(greet("ada", 2))
print(greet.__annotations__)
print(mean([1.0, 2.0, 4.5]), mean([]))
print(mean.__annotations__)
# regular parameters come before positional-only ones
print(configure.__annotations__)
print(untyped.__annotations__, untyped(1))
untyped.__annotations__ = {"x": int}
print(untyped.__annotations__)
print((lambda q: q).__annotations__)


# Builtin generics and unions in annotations
def index(words: list[str], counts: dict[str, int] | None = None) -> tuple[int, ...]:
    return tuple(len(w) for w in words)


print(index(["ab", "cde"]), index.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], int | None, str | int | None)

# Module-level annotations
total: int = 0
label: str
print(__annotations__)
try:
    print(label)
except NameError as e:
    print("NameError:", e)


class Account:
    owner: str
    balance: float = 0.0
    __pin: int = 1234
    history: "List[float]"

    def deposit(self, amount: float) -> float:
        # a local annotation is not evaluated
        note: UndefinedType = "ok"
        self.balance += amount
        self.last: float = amount
        return self.balance


print(Account.__annotations__)
print(Account.deposit.__annotations__)
acct = Account()
print(acct.deposit(10), acct.last, Account.balance)
print(hasattr(Account, "owner"), "owner" in Account.__dict__)


class Plain:
    x = 1


print("__annotations__" in Plain.__dict__)


def order_of_evaluation():
    def note(what):
        print("evaluating", what)
        return what

    def f(a: note("annotation a") = note("default a"), *, b: note("annotation b") = note("default b")) -> note("return"):
        pass
    print(f.__annotations__)


order_of_evaluation()
