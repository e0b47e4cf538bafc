# deque as a queue: breadth-first search on a grid maze, and a sliding window.
from collections import deque

maze = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
rows, cols = len(maze), len(maze[0])
start = end = None
for r, line in enumerate(maze):
    for c, ch in enumerate(line):
        if ch == 'S':
            start = (r, c)
        elif ch == 'E':
            end = (r, c)

dist = {start: 0}
came_from = {}
queue = deque([start])
while queue:
    r, c = queue.popleft()
    if (r, c) == end:
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            came_from[(nr, nc)] = (r, c)
            queue.append((nr, nc))
print('shortest path length', dist[end])
path = deque()
node = end
while node != start:
    path.appendleft(node)
    node = came_from[node]
path.appendleft(start)
print('path', list(path)[:4], '...', path[-1], len(path))

# moving average over the last 3 readings
window = deque(maxlen=3)
for reading in [10, 20, 30, 40, 50, 60]:
    window.append(reading)
    print(reading, window, sum(window) / len(window))

# a round-robin scheduler with rotate
tasks = deque(['a', 'b', 'c', 'd'])
order = []
for step in range(6):
    order.append(tasks[0])
    tasks.rotate(-1)
print(order, tasks)

# palindromes with both ends
def is_palindrome(word):
    chars = deque(c for c in word.lower() if c.isalpha())
    while len(chars) > 1:
        if chars.popleft() != chars.pop():
            return False
    return True
print([w for w in ['Racecar', 'deque', 'A man, a plan, a canal: Panama', 'ab'] if is_palindrome(w)])

# the rest of the deque interface
d = deque('bcd')
d.appendleft('a'); d.append('e'); d.extend('fg'); d.extendleft('yz')
print(d, len(d), d[0], d[-1], 'c' in d, d.count('c'), d.index('c'))
d.remove('z'); del d[0]; d[0] = 'A'; d.insert(2, '!')
print(d, list(reversed(d)), d.pop(), d.popleft(), d)
d.reverse(); print(d, d.maxlen, bool(d), bool(deque()))
d.clear(); print(d, deque(range(5), maxlen=2), deque([], 0))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]))
print(deque([1]) + deque([2, 3]), deque('ab') * 2, d.copy() is not d)
big = deque()
for i in range(2000):
    big.append(i)
    big.appendleft(-i)
for i in range(2500):
    big.popleft()
print(len(big), big[0], big[-1], sum(big))
