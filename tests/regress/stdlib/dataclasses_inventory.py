# An inventory written with dataclasses: generated __init__, __repr__,
# __eq__, ordering, frozen records, default factories and helpers.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass
from typing import List, ClassVar, Optional


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    created: ClassVar[int] = 0

    def total(self) -> float:
        return self.price * self.quantity


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


@dataclass(frozen=True)
class Sku:
    code: str
    warehouse: int


@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)
    secret: str = field(default="s", repr=False, compare=False)

    def add(self, item: Item) -> None:
        self.items.append(item)

    def value(self) -> float:
        return sum(i.total() for i in self.items)


inv = Inventory()
inv.add(Item("apple", 0.5, 10))
inv.add(Item("pear", 0.75, 4, ["fruit"]))
print(inv)
print(inv.value(), [i.total() for i in inv.items], Item.created)
print(asdict(inv))
print(astuple(inv.items[1]))
print(Item("a", 1.0) == Item("a", 1.0), Item("a", 1.0) == Item("a", 2.0), Item("a", 1.0) != Item("b", 1.0))
print(Inventory(secret="x") == Inventory(secret="y"))
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 5), max(Version(3), Version(2, 9)))
k = Sku("A-1", 3)
print(k, hash(k) == hash(Sku("A-1", 3)), {k: "stock"}[Sku("A-1", 3)])
try:
    k.code = "B"
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del k.warehouse
except FrozenInstanceError as e:
    print(e)
print(replace(k, warehouse=9), k)
print([f.name for f in fields(Item)], [f.name for f in fields(inv)])
print(is_dataclass(k), is_dataclass(Sku), is_dataclass(3))
print(Item.__hash__ is None, Version.__match_args__, Item.__init__.__qualname__)
print(Sku.__doc__)


@dataclass
class Base:
    id: int

    def __post_init__(self):
        print("post_init:", self)


@dataclass
class Child(Base):
    name: str = "c"
    score: int = field(init=False, default=0)


c = Child(7)
print(c, [f.init for f in fields(c)])


@dataclass(unsafe_hash=True)
class Tagged:
    a: int
    b: int = field(hash=False, default=0)


print(hash(Tagged(1, 2)) == hash(Tagged(1, 3)), Tagged(1, 2) == Tagged(1, 3))


@dataclass(kw_only=True)
class Options:
    verbose: bool
    level: int = 2


print(Options(verbose=True))


@dataclass
class Node:
    val: int
    next: Optional["Node"] = None


print(Node(1, Node(2)))
match Sku("Z-9", 0):
    case Sku(code, 0):
        print("out of stock:", code)


@dataclass(eq=False)
class Handle:
    fd: int


print(Handle(1) == Handle(1), Handle(1).fd)
