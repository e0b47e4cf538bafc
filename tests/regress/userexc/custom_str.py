# Custom __str__ and __repr__ on exceptions, and how they are printed.
class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(line, col, msg)
        self.line, self.col, self.msg = line, col, msg

    def __str__(self):
        return f"line {self.line}, col {self.col}: {self.msg}"

class Quiet(Exception):
    def __str__(self):
        return ""

class Described(Exception):
    def __repr__(self):
        return "Described!"

try:
    raise ParseError(3, 14, "unexpected ')'")
except ParseError as e:
    print(e)
    print(str(e), "|", e.args)
    print(repr(e))
    print(f"error: {e}", [e])
try:
    raise Quiet("hidden")
except Quiet as e:
    print(repr(str(e)), e.args)
d = Described("x")
print(str(d), repr(d), [d])
print(str(Exception()), repr(Exception()), str(Exception("a", 1)))
print(repr(ValueError("v")), str(KeyError("k")), str(KeyError("k", "l")))
raise ParseError(1, 2, "fatal")
