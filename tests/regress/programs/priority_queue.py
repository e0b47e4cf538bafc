# A binary-heap priority queue class with tasks ordered by (priority, seq).
class Task:
    def __init__(self, priority, seq, name):
        self.priority, self.seq, self.name = priority, seq, name
    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)
    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"

class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0

    def push(self, priority, name):
        self.heap.append(Task(priority, self.counter, name))
        self.counter += 1
        self._up(len(self.heap) - 1)

    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        heap = self.heap
        heap[0], heap[-1] = heap[-1], heap[0]
        top = heap.pop()
        self._down(0)
        return top

    def _up(self, i):
        h = self.heap
        while i > 0:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break

    def _down(self, i):
        h = self.heap
        while True:
            smallest = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < len(h) and h[c] < h[smallest]:
                    smallest = c
            if smallest == i:
                return
            h[i], h[smallest] = h[smallest], h[i]
            i = smallest

    def __len__(self):
        return len(self.heap)

    def __bool__(self):
        return bool(self.heap)

pq = PriorityQueue()
for prio, name in [(3, "write docs"), (1, "fix crash"), (2, "review"), (1, "deploy"),
                   (5, "refactor"), (2, "triage"), (0, "coffee")]:
    pq.push(prio, name)
print(len(pq), pq.heap[0])
order = []
while pq:
    order.append(pq.pop())
print(order)
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)
nums = PriorityQueue()
for i, n in enumerate([9, 4, 7, 1, 8, 2, 2, 6, 3, 5, 0]):
    nums.push(n, str(i))
print([nums.pop().priority for _ in range(len(nums))])
