# heapq as a priority queue: a task scheduler and Dijkstra's shortest paths.
import heapq

tasks = []
heapq.heappush(tasks, (3, 'write report'))
heapq.heappush(tasks, (1, 'fix outage'))
heapq.heappush(tasks, (2, 'review patch'))
heapq.heappush(tasks, (1, 'answer pager'))
print(tasks[0], len(tasks))
while tasks:
    priority, task = heapq.heappop(tasks)
    print(priority, task)

graph = {
    'A': [('B', 7), ('C', 9), ('F', 14)],
    'B': [('A', 7), ('C', 10), ('D', 15)],
    'C': [('A', 9), ('B', 10), ('D', 11), ('F', 2)],
    'D': [('B', 15), ('C', 11), ('E', 6)],
    'E': [('D', 6), ('F', 9)],
    'F': [('A', 14), ('C', 2), ('E', 9)],
}

def dijkstra(start):
    dist = {start: 0}
    heap = [(0, start)]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            if d + w < dist.get(nxt, float('inf')):
                dist[nxt] = d + w
                heapq.heappush(heap, (d + w, nxt))
    return dist

print(sorted(dijkstra('A').items()))

# the heap layout itself is visible and must match python3's
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)

class Job:
    def __init__(self, name, cost):
        self.name, self.cost = name, cost
    def __lt__(self, other):
        return self.cost < other.cost
    def __repr__(self):
        return '%s:%d' % (self.name, self.cost)

jobs = [Job('a', 5), Job('b', 1), Job('c', 3)]
heapq.heapify(jobs)
print(jobs, heapq.heappop(jobs), heapq.heappushpop(jobs, Job('d', 2)), heapq.heapreplace(jobs, Job('e', 9)), jobs)

# running median with two heaps
low, high = [], []
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    heapq.heappush(low, -x)
    heapq.heappush(high, -heapq.heappop(low))
    if len(high) > len(low):
        heapq.heappush(low, -heapq.heappop(high))
    median = -low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2
    print(x, median)
