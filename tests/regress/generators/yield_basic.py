# Generator functions: lazy execution, state after exhaustion.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("done")

g = count_up(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(list(g), next(g, "default"))
print(list(count_up(2)))
for x in count_up(1):
    print("loop got", x)

def letters():
    yield "a"
    yield "b"
    return
    yield "never"
print(list(letters()), "".join(letters()))
def empty():
    return
    yield
print(list(empty()))
