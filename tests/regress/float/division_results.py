# True division always gives a float; reporting averages and percentages.
print(6 / 3, 7 / 2, -7 / 2, 0 / 5, 1 / 7, 22 / 7, 355 / 113)
print(type(6 / 3).__name__, type(6 // 3).__name__, type(6.0 // 3).__name__)
print(10 ** 17 / 10, 10 ** 16 / 3, (10 ** 20 + 1) / 10 ** 20, 2 ** 64 / 2 ** 32)
print(1 / 3 + 1 / 3 + 1 / 3, 1 / 10 + 2 / 10, 3 / 10)
scores = [88, 92, 79, 93, 85]
avg = sum(scores) / len(scores)
print(avg, round(avg, 1), f"{avg:.3f}", int(avg))
passed = 7
total = 9
print(passed / total, f"{passed / total:.1%}", round(100 * passed / total, 2))
print([n / 4 for n in range(9)])
print([1 / n for n in range(1, 11)])
print(sum([1 / n for n in range(1, 101)]))
h = 0.0
for k in range(1, 1001):
    h += 1 / (k * k)
print(h, (h * 6) ** 0.5)
