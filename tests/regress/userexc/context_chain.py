# Implicit __context__ chains across several handlers and in finally blocks.
class StepError(Exception):
    pass

def step3():
    raise StepError("step 3 failed")

def step2():
    try:
        step3()
    except StepError:
        raise RuntimeError("step 2 could not recover")

def step1():
    try:
        step2()
    except RuntimeError:
        raise LookupError("step 1 gave up")

try:
    step1()
except LookupError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}: {cur}")
        cur = cur.__context__
    print(" <- ".join(chain))

def in_finally():
    try:
        raise StepError("original")
    finally:
        raise ValueError("from finally")

try:
    in_finally()
except ValueError as e:
    print(e, "| context:", e.__context__)

try:
    try:
        raise StepError("first")
    except StepError as first:
        try:
            raise KeyError("second")
        except KeyError as second:
            print(second.__context__ is first)
            raise
except KeyError as e:
    print("outer got", repr(e), "context", repr(e.__context__))
try:
    raise StepError("handled")
except StepError:
    pass
try:
    raise StepError("fresh")
except StepError as e:
    print("no stale context:", e.__context__)
