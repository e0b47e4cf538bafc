# Freeing very deep structures must not overflow the C stack (the "trashcan").
def nest_lists(depth):
    x = []
    for _ in range(depth):
        x = [x]
    return x

def nest_dicts(depth):
    d = {}
    for _ in range(depth):
        d = {"child": d}
    return d

def nest_tuples(depth):
    t = ()
    for _ in range(depth):
        t = (t,)
    return t

for depth in (10, 1000, 100000):
    x = nest_lists(depth)
    n = 0
    while x:
        x = x[0]
        n += 1
    print("list depth", n)

x = nest_lists(1000000)
del x
print("freed a million nested lists")
d = nest_dicts(100000)
d = None
print("freed 100000 nested dicts")
t = nest_tuples(100000)
t = 0
print("freed 100000 nested tuples")
chain = None
for i in range(100000):
    chain = [i, chain]
length = 0
node = chain
while node is not None:
    length += 1
    node = node[1]
print("linked list length", length)
chain = None
print("done")
