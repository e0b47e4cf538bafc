# Assignment anywhere in a function makes a name local for the whole body.
total = 10

def broken():
    try:
        print(total)
    except UnboundLocalError as e:
        print(type(e).__name__, "-", e)
    total = 5
    return total

print(broken())
print(issubclass(UnboundLocalError, NameError))

def conditional(flag):
    if flag:
        value = "set"
    try:
        return value
    except NameError as e:
        return f"{type(e).__name__}: {e}"

print(conditional(True))
print(conditional(False))

def loop_var(items):
    for item in items:
        pass
    try:
        return item
    except UnboundLocalError:
        return "no items"
print(loop_var([1, 2]), loop_var([]))

def uses_global():
    return total * 2
print(uses_global())

try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
