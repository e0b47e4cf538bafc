# Unbounded recursion ends in RecursionError (the traceback is long).
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n + 1)   # bug: counts the wrong way

print("start")
print(countdown(1))
