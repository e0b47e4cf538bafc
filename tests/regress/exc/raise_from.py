# raise, re-raise, raise from: __cause__, __context__, __suppress_context__.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad config value {text!r}") from e

try:
    parse("x1")
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)

def implicit_chain():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("while handling")

try:
    implicit_chain()
except ValueError as e:
    print("cause:", e.__cause__, "| context:", type(e.__context__).__name__, e.__context__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise TypeError("no context wanted") from None
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def reraise():
    try:
        [].pop()
    except IndexError:
        print("logging and re-raising")
        raise

try:
    reraise()
except IndexError as e:
    print("re-raised:", e)

try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args, repr(str(e)))

err = KeyError("prepared")
try:
    raise err
except KeyError as e:
    print(e is err, e)
try:
    raise Exception("multiple", "args", 3)
except Exception as e:
    print(e, e.args, len(e.args))
