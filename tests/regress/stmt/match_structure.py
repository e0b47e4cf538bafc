# match statement: sequences, mappings and class patterns, nested
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r

def where(shape):
    match shape:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(center=Point(x=cx, y=cy), r=r) if r > 0:
            return f"circle at {cx},{cy} r={r}"
        case Circle():
            return "degenerate circle"
        case Point():
            return f"point {shape}"
    return "not a shape"
for s in [Point(0, 0), Point3(0, 0, 0), Point3(0, 0, 1), Point(0, 4), Point(3, 0), Point(2, 2),
          Point(1, 2), Circle(Point(1, 1), 5), Circle(Point(0, 0), 0), "text"]:
    print(s if not isinstance(s, Circle) else "Circle", "->", where(s))

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5), range(4), "ab", {1: 2}, {1, 2}]:
    print(repr(v), "->", seq(v))

match (1, [2, 3], {"k": (4, 5)}):
    case (a, [b, *_], {"k": (c, d)}):
        print("nested", a, b, c, d)

def cmd(c):
    match c.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", other]:
            return f"unknown direction {other}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb}"
for c in ["go north", "go up", "pick up lamp", "take key", "drop a b c", "drop", "quit", "exit", "", "dance now"]:
    print(repr(c), "->", cmd(c))

def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {sorted(rest.items())}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"event {t}"
        case {}:
            return "empty mapping"
    return "not an event"
for e in [{"type": "click", "pos": (3, 4)}, {"type": "key", "key": "a"}, {"type": "key", "key": "b", "mod": "ctrl", "n": 2},
          {"type": "scroll"}, {"x": 1}, {}, [("type", "click")], "event"]:
    print(e, "->", event(e))

# built-in classes match themselves with one positional pattern
for v in [5, 5.0, "s", [1], (1,), {1: 1}, {1}, True]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case list(l) | tuple(l):
            print("list or tuple", l)
        case dict(d):
            print("dict", d)
        case set(s):
            print("set", s)

# value patterns: dotted names compare with ==
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "wait"
print([color(c) for c in ["red", "green", "blue"]])

# a subject list; star at the front
match [1, 2, 3, 4]:
    case [*head, 3, last]:
        print("head", head, "last", last)
match 1, 2:
    case a, b:
        print("tuple subject", a, b)
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print("others", others)
