# Raising built-in exception types with custom messages and catching them.
def withdraw(balance, amount):
    if not isinstance(amount, (int, float)):
        raise TypeError(f"amount must be a number, not {type(amount).__name__}")
    if amount <= 0:
        raise ValueError("amount must be positive")
    if amount > balance:
        raise RuntimeError(f"insufficient funds: balance {balance}, requested {amount}")
    return balance - amount

for amount in [30, -5, "10", 500, 100]:
    try:
        print("new balance:", withdraw(100, amount))
    except (TypeError, ValueError) as e:
        print("invalid:", type(e).__name__, e)
    except RuntimeError as e:
        print("refused:", e)

def lookup(table, key):
    if key not in table:
        raise KeyError(key)
    return table[key]

try:
    lookup({"a": 1}, "b")
except KeyError as e:
    print("KeyError:", e, repr(e))

def check(cond, msg):
    if not cond:
        raise AssertionError(msg)

try:
    check(1 + 1 == 3, "math is broken")
except AssertionError as e:
    print("AssertionError:", e)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print(type(e).__name__, "is a RuntimeError:", e)
try:
    raise StopIteration
except StopIteration as e:
    print("StopIteration", e.args)
try:
    raise IndexError
except Exception as e:
    print(repr(e), "str is empty:", str(e) == "")
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
