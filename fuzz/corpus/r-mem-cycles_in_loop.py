# Creating and dropping reference cycles repeatedly; results must be unaffected.
total = 0
for i in range(50000):
    a = [i]
    b = [a]
    a.append(b)            # a <-> b cycle
    d = {"self": None, "n": i}
    d["self"] = d          # self-referencing dict
    total += a[0] + d["n"]
print(total)

def make_ring(n):
    first = {"id": 0}
    node = first
    for k in range(1, n):
        nxt = {"id": k}
        node["next"] = nxt
        node = nxt
    node["next"] = first
    return first

for size in (1, 10, 1000):
    ring = make_ring(size)
    count = 1
    node = ring["next"]
    while node is not ring:
        count += 1
        node = node["next"]
    print("ring", size, count)
ring = None

def closure_cycle():
    def inner():
        return inner      # a function referring to itself through its cell
    return inner
for _ in range(10000):
    f = closure_cycle()
print(f() is f)
lst = [1, 2]
lst.append(lst)
print(lst, lst[2] is lst)
