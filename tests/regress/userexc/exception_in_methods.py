# Exceptions raised from methods, __init__, properties and special methods.
class Empty(Exception):
    pass

class Queue:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.items = []
        self.capacity = capacity

    def put(self, x):
        if len(self.items) >= self.capacity:
            raise OverflowError(f"queue full ({self.capacity})")
        self.items.append(x)

    def get(self):
        if not self.items:
            raise Empty("queue is empty")
        return self.items.pop(0)

    def __getitem__(self, i):
        return self.items[i]

    @property
    def head(self):
        if not self.items:
            raise Empty("no head")
        return self.items[0]

try:
    Queue(0)
except ValueError as e:
    print("ValueError:", e)
q = Queue(2)
q.put(1)
q.put(2)
for action in [lambda: q.put(3), q.get, q.get, q.get, lambda: q.head, lambda: q[5]]:
    try:
        print("result", action())
    except (Empty, OverflowError, IndexError) as e:
        print(type(e).__name__ + ":", e)
q.put("z")
print(q.head, q[0])
