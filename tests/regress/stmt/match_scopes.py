# match statement: captures in every kind of scope, nested or-patterns
def gen(items):
    for it in items:
        match it:
            case (int(a), int(b)) | [int(a), int(b)]:
                yield a + b
            case {"v": [x, *_] | (x,)}:
                yield x
            case _:
                yield None
print(list(gen([(1, 2), [3, 4], {"v": [5, 6]}, {"v": (7,)}, {"v": []}, "z"])))

def closure(v):
    match v:
        case [captured, *rest]:
            pass
        case _:
            captured, rest = None, []
    def inner():
        return captured, rest
    return inner()
print(closure([1, 2, 3]), closure(5))

class Config:
    match {"debug": True, "level": 3}:
        case {"debug": bool(debug), "level": level}:
            pass
print(Config.debug, Config.level)

g = None
def set_global(v):
    global g
    match v:
        case [g]:
            pass
set_global([42]); print(g)

def deep(v):
    match v:
        case [[[1 | 2 as a, (3 | 4) as b], c], *_, [d, {"k": 5 | 6 as e}]]:
            return a, b, c, d, e
        case [[[x, y], z], *_]:
            return "partial", x, y, z
        case _:
            return "none"
print(deep([[[2, 4], 9], 0, 0, [7, {"k": 6}]]), deep([[[2, 5], 9], [7, {"k": 6}]]), deep([[[2, 4], 9], [7, {"k": 8}]]), deep([]))

results = [m for m in range(10) if (lambda n: (lambda: None) and n)(m) % 3 == 0]
def classify(n):
    match n % 3, n % 5:
        case 0, 0: return "FizzBuzz"
        case 0, _: return "Fizz"
        case _, 0: return "Buzz"
        case _: return str(n)
print(" ".join(classify(n) for n in range(1, 16)))

def walk(tree, depth=0):
    match tree:
        case {"name": name, "children": [*kids]}:
            print("  " * depth + name)
            for k in kids:
                walk(k, depth + 1)
        case {"name": name}:
            print("  " * depth + name + " (leaf)")
walk({"name": "root", "children": [{"name": "a"}, {"name": "b", "children": [{"name": "c"}]}]})

# evaluate an expression tree
class Num:
    __match_args__ = ("v",)
    def __init__(self, v): self.v = v
class BinOp:
    __match_args__ = ("op", "l", "r")
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
def ev(e):
    match e:
        case Num(v): return v
        case BinOp("+", l, r): return ev(l) + ev(r)
        case BinOp("*", l, r): return ev(l) * ev(r)
        case BinOp("-", l, Num(0)): return ev(l)
        case BinOp("-", l, r): return ev(l) - ev(r)
        case BinOp(op, _, _): raise ValueError(f"bad op {op}")
print(ev(BinOp("+", Num(2), BinOp("*", Num(3), BinOp("-", Num(10), Num(4))))), ev(BinOp("-", Num(5), Num(0))))
try:
    ev(BinOp("/", Num(1), Num(2)))
except ValueError as e:
    print(e)
import gc
gc.collect()
print("done")
