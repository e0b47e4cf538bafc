l = [i for i in range(5000)]
d = {i: str(i) for i in range(2000)}
s = set(range(0, 3000, 7))
t = tuple(l)
print(len(l), len(d), len(s), sum(t), l[-1], d[1999], 2996 in s)
nest = None
for i in range(3000):
    nest = (nest, i)
del nest
big = "x" * 100000
print(len(big.replace("x", "yy")), big.count("xx"), len(big.split("x")))
n = 1
for i in range(1, 300):
    n *= i
print(len(str(n)), n % 1000003, n.bit_length())
