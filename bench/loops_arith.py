# Integer and float arithmetic in tight loops (pybench: Arith, Loops).
def int_loop(n):
    total = 0
    i = 0
    while i < n:
        total += i * 3 - (i >> 1) + (i & 7) - i % 5 + i // 7
        i += 1
    return total

def float_loop(n):
    acc = 0.0
    x = 0.5
    for i in range(n):
        x = x * 1.0000001 + 0.25
        acc += x / (i + 1.0) - x * 0.001
    return acc

def mixed_loop(n):
    s = 0
    f = 0.0
    for i in range(n):
        if i % 3 == 0:
            s += i
        elif i % 3 == 1:
            f += i * 0.5
        else:
            s -= i // 2
    return s, f

def nested_loops(n):
    count = 0
    for i in range(n):
        for j in range(n):
            count += (i ^ j) & 1
    return count

a = int_loop(400000)
b = float_loop(300000)
c = mixed_loop(300000)
d = nested_loops(400)
print("checksum", a, round(b, 6), c[0], round(c[1], 3), d)
