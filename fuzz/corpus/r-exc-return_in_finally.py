# return/break inside finally override exceptions and earlier returns.
def override_return():
    try:
        return "from try"
    finally:
        return "from finally"

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

def finally_sees_state():
    x = "initial"
    try:
        x = "set in try"
        return x
    finally:
        x = "changed in finally"
        print("  finally: x =", x)

def count_calls():
    calls = []
    def f():
        try:
            calls.append("try")
            return len(calls)
        finally:
            calls.append("finally")
    r = f()
    return r, calls

def break_in_finally():
    for i in range(5):
        try:
            raise RuntimeError(i)
        finally:
            break
    return f"loop broke at {i}"

def return_value_evaluated_before_finally():
    items = [1]
    try:
        return items
    finally:
        items.append(2)

print(override_return())
print(swallow())
print(finally_sees_state())
print(count_calls())
print(break_in_finally())
print(return_value_evaluated_before_finally())
def exception_in_except():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("raised in except")
        finally:
            print("  inner finally")
    except ValueError as e:
        return f"outer caught: {e}"
print(exception_in_except())
