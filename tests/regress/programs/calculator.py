# A tokenizer and recursive-descent calculator with error classes.
class CalcError(Exception): pass
class TokenError(CalcError): pass
class ParseError(CalcError): pass
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"{self.kind}:{self.value}"

def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            yield Token("num", float(num) if "." in num else int(num))
            i = j
        elif ch in "+-*/()%":
            yield Token("op", ch)
            i += 1
        else:
            raise TokenError(f"unexpected {ch!r} at {i}")
    yield Token("end", None)

class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos]
    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok.value != value:
            raise ParseError(f"expected {value!r}, got {tok.value!r}")
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            value = value + self.term() if op == "+" else value - self.term()
        return value
    def term(self):
        value = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value
    def factor(self):
        tok = self.take()
        if tok.value == "-":
            return -self.factor()
        if tok.value == "(":
            value = self.expr()
            self.take(")")
            return value
        if tok.kind == "num":
            return tok.value
        raise ParseError(f"unexpected token {tok!r}")
def calc(text):
    p = Parser(text)
    value = p.expr()
    if p.peek().kind != "end":
        raise ParseError(f"trailing {p.peek()!r}")
    return value

print(list(tokenize("3 + 4.5*(2 - 1)")))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "-4 + 10 % 3", "2 * (3 + (4 - 1)) / 4",
            "1.5 * 4", "7 / 0", "2 $ 3", "(1 + 2", "1 2", "* 3"]:
    try:
        print(f"{src} = {calc(src)}")
    except (CalcError, ZeroDivisionError) as e:
        print(f"{src} -> {type(e).__name__}: {e}")
