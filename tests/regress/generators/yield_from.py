# yield from: delegation and the subgenerator's return value.
def inner(tag, n):
    for i in range(n):
        yield f"{tag}{i}"
    return f"{tag} finished with {n}"

def outer():
    r1 = yield from inner("a", 2)
    print("inner returned:", r1)
    r2 = yield from inner("b", 3)
    print("inner returned:", r2)
    yield from [100, 200]
    yield from "xy"
    return "outer done"

g = outer()
for item in g:
    print("got", item)

def flatten(seq):
    for item in seq:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))

def wrapper():
    result = yield from outer()
    yield "wrapper saw: " + result
print(list(wrapper())[-1])

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain(range(3), (9, 8), {"k": 1})))
