# groupby: runs of equal keys, on sorted records and in run-length encoding.
from itertools import groupby
from operator import itemgetter

sales = [
    ('2024-01', 'north', 100), ('2024-01', 'south', 80),
    ('2024-02', 'north', 120), ('2024-02', 'south', 60), ('2024-02', 'east', 10),
    ('2024-03', 'north', 90),
]
for month, rows in groupby(sales, key=itemgetter(0)):
    rows = list(rows)
    print(month, len(rows), sum(r[2] for r in rows))

by_region = sorted(sales, key=itemgetter(1))
for region, rows in groupby(by_region, key=itemgetter(1)):
    print(region, [r[2] for r in rows])

def run_length(s):
    return ''.join('%d%s' % (len(list(g)), ch) for ch, g in groupby(s))
print(run_length('aaabccddddde'), run_length(''), run_length('x'))
print([k for k, _ in groupby('AAAABBBCCDAABBB')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([list(g) for k, g in groupby([1, 2, 4, 6, 7, 9], key=lambda n: n % 2)])

# a group is only valid until groupby moves on, as in python3
groups = list(groupby('aabbbc'))
print([(k, list(g)) for k, g in groups])
it = groupby([1, 1, 1, 2, 2])
key, first = next(it)
print(key, next(first))
key2, second = next(it)
print(key2, list(first), list(second), list(it))

words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
index = {letter: list(ws) for letter, ws in groupby(sorted(words), key=lambda w: w[0])}
print(index)
