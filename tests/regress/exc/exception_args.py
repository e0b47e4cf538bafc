# str(), repr() and args of exceptions built with 0, 1 and several arguments.
samples = [
    Exception(),
    Exception("one"),
    Exception("two", 2),
    ValueError("bad value"),
    KeyError("key"),
    KeyError(42),
    KeyError(),
    IndexError("index"),
    TypeError("t", "u"),
    ZeroDivisionError("division by zero"),
    RuntimeError(None),
    AssertionError(),
    StopIteration(5),
]
for e in samples:
    print(type(e).__name__, "| str:", repr(str(e)), "| repr:", repr(e), "| args:", e.args)
try:
    raise ValueError(3.5)
except ValueError as e:
    print(e.args[0] * 2)
print(isinstance(KeyError(), LookupError), isinstance(ValueError(), Exception))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(IndexError, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
