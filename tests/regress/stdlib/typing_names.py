# What programs import from typing: subscriptable at run time, printed as
# python3 prints them, and a few helpers (cast, get_type_hints, NewType).
from typing import (Any, Callable, Dict, Iterable, Iterator, List, Optional, Set,
                    Tuple, TypeVar, Union, Generic, Sequence, Mapping, cast,
                    get_type_hints, NewType, TYPE_CHECKING, overload, Literal,
                    ClassVar, Final, get_origin, get_args, Type, FrozenSet)
import typing

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

print(Any, List, List[int], Dict[str, List[int]], Optional[int], Union[int, str])
print(Union[int, None], Union[int], Union[int, Union[str, float]], Optional[Union[int, str]])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool], Callable[..., int])
print(Set[T], FrozenSet[str], Iterable[int], Iterator[str], Sequence[float], Mapping[K, V])
print(Type[int], ClassVar[int], Final[str], Literal["r", "w", 1], T, Union[int, "Node"])
print(int | List[int], List[int] | None, Optional[int] | str)
print(Optional[int] == Union[int, None], List[int] == List[int], Union[int, str] == Union[str, int])
print(TYPE_CHECKING, cast(int, "not checked"), cast("List[int]", [1]))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(Callable[[int], str]))
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance([], List), isinstance({}, Mapping))

try:
    List()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack[int], Stack.__parameters__, Stack.__mro__)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value


print(Pair[str, int]("a", 1).value, Pair[str, int])


class Node:
    def __init__(self, value: int, next: Optional["Node"] = None) -> None:
        self.value = value
        self.next = next


print(get_type_hints(Node.__init__))


class Config:
    name: str
    retries: int = 3
    timeout: "float"


print(get_type_hints(Config))

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid), UserId)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"))


def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]


print(apply(lambda x: x * x, range(4)), apply.__annotations__["f"])
print(typing.Dict[str, typing.Any])
