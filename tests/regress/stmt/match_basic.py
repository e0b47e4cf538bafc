# match statement: literals, captures, wildcards, guards, or-patterns, as
match = [1, 2]          # soft keyword: still a name
match[0] = 5
print(match)
def match_fn(x): return x
print(match_fn(3))
case = 4
print(case)

def describe(v):
    match v:
        case 0 | 1 as small:
            return f"tiny {small}"
        case True:
            return "true"
        case None:
            return "none"
        case -5:
            return "minus five"
        case 2.5:
            return "two and a half"
        case "hello" | "hi":
            return "greeting"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float():
            return f"number {v}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"short str {s}"
        case _:
            return f"other {type(v).__name__}"
for v in [0, 1, True, None, -5, 2.5, "hello", "hi", 500, 7, 3.25, "python", "py", [1], {}]:
    print(repr(v), "->", describe(v))

# capture with no match leaves earlier names alone; guard failure falls to the next case
x = "before"
match 10:
    case y if y < 5:
        print("small", y)
    case y:
        print("captured", y)
print(x, y)

# no case matches: nothing happens
match 42:
    case 1:
        print("no")
print("after unmatched")

# a match in a loop: break, continue, return inside cases
def first_negative(items):
    for i, it in enumerate(items):
        match it:
            case int(n) if n < 0:
                return i, n
            case str():
                continue
            case None:
                break
    return None
print(first_negative([1, "a", 2, -3, 4]), first_negative([1, None, -1]), first_negative([]))
total = 0
for cmd in ["add 5", "add 7", "skip", "stop", "add 100"]:
    match cmd.split():
        case ["add", num]:
            total += int(num)
        case ["skip"]:
            continue
        case ["stop"]:
            break
print("total", total)
