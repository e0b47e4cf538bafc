# Comparing and hashing ints of all sizes against each other and floats.
vals = [0, 1, -1, 2 ** 31, -(2 ** 31), 2 ** 63, -(2 ** 63), 2 ** 64, 10 ** 30, -(10 ** 30)]
print(sorted(vals))
print(max(vals), min(vals))
print(2 ** 63 > 2 ** 63 - 1, -(2 ** 63) < -(2 ** 63) + 1, 10 ** 30 == 10 ** 30, 10 ** 30 != 10 ** 30 + 1)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(1 == 1.0, 1 < 1.5, 2 ** 70 == float(2 ** 70), 3 ** 40 == float(3 ** 40))
d = {2 ** 64: "big", 1.0: "float one", 10 ** 20: "ten twenty"}
print(d[2 ** 64], d[1], d[100000000000000000000], 2.0 ** 64 in d)
print(sorted({2 ** 64, 2 ** 64 + 1, 2 ** 64}))
print(hash(2 ** 64) == hash(2.0 ** 64), hash(1) == hash(1.0), hash(-1) == hash(-1.0))
print(7 == 7.000000000000001, 7 == 7.0000000000000001)
print(0 == -0, 0 == -0.0, int(-0.0))
