# The name bound by "except ... as e" is removed when the handler ends.
class Problem(Exception):
    pass

e = "outer value"
try:
    raise Problem("inside")
except Problem as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def keep_error():
    saved = None
    try:
        raise Problem("kept")
    except Problem as exc:
        saved = exc
    return saved

err = keep_error()
print(type(err).__name__, err, err.__traceback__ is not None)

def handler_order(exc):
    try:
        raise exc
    except Problem:
        return "Problem handler"
    except Exception:
        return "Exception handler"
    except BaseException:
        return "BaseException handler"

class SubProblem(Problem):
    pass
print(handler_order(SubProblem()), handler_order(ValueError()), handler_order(KeyboardInterrupt()))
print(handler_order(SystemExit(3)))
