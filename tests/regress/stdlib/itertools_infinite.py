# count, cycle and repeat, always cut short by islice, zip or a break.
import itertools
from itertools import count, cycle, repeat, islice

for i, name in zip(count(1), ['ann', 'bob', 'cy']):
    print(i, name)
print(list(islice(count(10, 5), 4)), list(islice(count(0.5, 0.25), 3)), list(islice(count(5, -1), 3)))
c = count(3)
print(next(c), next(c), c, count(), count(1, 2))

colors = cycle(['red', 'green', 'blue'])
print([next(colors) for _ in range(7)])
print(list(islice(cycle('ab'), 5)), list(cycle([])))

print(list(repeat('x', 3)), list(repeat(0, 0)), list(repeat(1, -2)), repeat('y'), repeat('y', 2))
print(list(map(pow, range(5), repeat(2))), list(zip('abc', repeat(True))))
r = repeat('z', 2)
next(r)
print(r, list(r), r)

# stripes: rows alternate with cycle, numbered by count
for number, (row, fill) in zip(count(), zip(range(4), cycle('#.'))):
    print(number, fill * (row + 1))

for n in count(1):
    if n * n > 50:
        print('first square above 50:', n * n)
        break
print(type(count()).__name__, type(repeat(1)).__name__, iter(c) is c)
