# heapify, nlargest/nsmallest, merge, and the errors.
import heapq

data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 11, 10, 12]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 20), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 15), data)

scores = {'ann': 88, 'bob': 95, 'cy': 72, 'di': 95, 'ed': 60}
print(heapq.nlargest(3, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(2, [1, 5, 2, 5, 9]), heapq.nsmallest(3, [4, 1, 3]), heapq.nlargest(0, [1]), heapq.nsmallest(10, [2, 1]))
print(heapq.nsmallest(2, ['ccc', 'a', 'bb', 'dd'], key=len), heapq.nlargest(2, ['ccc', 'a', 'bb', 'dd'], key=len))

log_a = [(1, 'a boot'), (4, 'a ready'), (9, 'a stop')]
log_b = [(2, 'b boot'), (3, 'b ready'), (10, 'b stop')]
for t, line in heapq.merge(log_a, log_b):
    print(t, line)
print(list(heapq.merge([1, 3, 5], [2, 4], [0, 6])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)), list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
merged = heapq.merge([1, 2], [1, 2])
print(next(merged), list(merged))

for what, action in [('heappop empty', lambda: heapq.heappop([])), ('heapreplace empty', lambda: heapq.heapreplace([], 1)),
                     ('heappush tuple', lambda: heapq.heappush((), 1)), ('heapify tuple', lambda: heapq.heapify((3, 1))),
                     ('mixed types', lambda: heapq.heappush([1], 'a'))]:
    try:
        action()
        print(what, 'worked')
    except Exception as e:
        print(what, type(e).__name__, e)
queue = []
heapq.heappop(queue)
