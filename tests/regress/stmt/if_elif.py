# if / elif / else chains, nested ifs, and conditions of every type.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"

for s in (100, 90, 89, 75, 60, 59, 0):
    print(s, grade(s))

def describe(x):
    if isinstance(x, bool):
        kind = "bool"
    elif isinstance(x, int):
        if x < 0:
            kind = "negative int"
        elif x == 0:
            kind = "zero"
        else:
            kind = "positive int"
    elif isinstance(x, str):
        kind = "empty str" if not x else "str"
    else:
        kind = "other"
    return kind

for x in (True, -5, 0, 7, "", "hi", 2.5, None, [1]):
    print(repr(x), describe(x))

n = 15
if n % 3 == 0:
    if n % 5 == 0:
        print("divisible by 15")
    else:
        print("divisible by 3 only")
if not n:
    print("never")
elif n:
    print("n is truthy")
