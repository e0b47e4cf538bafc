# match statement: errors in patterns raise TypeError at match time
class NoArgs:
    pass
class TwoArgs:
    __match_args__ = ("a", "b")
    a = 1
    b = 2
class BadArgs:
    __match_args__ = ["a"]
def attempt(subject, which):
    try:
        match subject:
            case NoArgs(1) if which == 0:
                print("no")
            case TwoArgs(1, 2, 3) if which == 1:
                print("no")
            case BadArgs(1) if which == 2:
                print("no")
            case TwoArgs(1, a=1) if which == 3:
                print("no")
            case int(1, 2) if which == 4:
                print("no")
            case _:
                print("fell through", which)
    except TypeError as e:
        print("TypeError:", e)
attempt(NoArgs(), 0)
attempt(TwoArgs(), 1)
attempt(BadArgs(), 2)
attempt(TwoArgs(), 3)
attempt(5, 4)
attempt("str", 0)
not_a_class = len
try:
    match 5:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)
class Missing:
    __match_args__ = ("nope",)
match Missing():
    case Missing(x):
        print("matched", x)
    case Missing():
        print("attribute missing: no match")
class Prop:
    __match_args__ = ("value",)
    @property
    def value(self):
        raise ValueError("property failed")
try:
    match Prop():
        case Prop(v):
            print(v)
except ValueError as e:
    print("ValueError:", e)
match 3:
    case int(n) if n / 0:
        pass
