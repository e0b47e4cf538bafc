# bisect: grade tables, keeping a list sorted, and searching with key=.
import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 99))
print(bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, 4), bisect.bisect_left(a, 4, lo=4, hi=5))

scores = []
for s in [70, 20, 90, 50, 50, 80]:
    bisect.insort(scores, s)
print(scores)
bisect.insort_left(scores, 50)
bisect.insort_right(scores, 100)
print(scores)

def index_of(sorted_list, x):
    i = bisect.bisect_left(sorted_list, x)
    if i != len(sorted_list) and sorted_list[i] == x:
        return i
    raise ValueError('%r not found' % (x,))
print(index_of(scores, 80))
try:
    index_of(scores, 81)
except ValueError as e:
    print('ValueError', e)

events = [(1, 'boot'), (5, 'login'), (9, 'logout')]
times = [t for t, _ in events]
print(events[bisect.bisect_right(times, 6) - 1])
print(bisect.bisect_left(events, 5, key=lambda e: e[0]), bisect.bisect_right(events, 5, key=lambda e: e[0]))
bisect.insort(events, (7, 'idle'), key=lambda e: e[0])
bisect.insort_left(events, (5, 'early'), key=lambda e: e[0])
print(events)
words = sorted(['kiwi', 'fig', 'banana', 'apple'], key=len)
bisect.insort(words, 'plum', key=len)
print(words)
try:
    bisect.bisect([1, 2], 1, -1)
except ValueError as e:
    print('ValueError', e)
