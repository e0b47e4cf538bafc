# deque misuse: python3's exceptions and messages.
from collections import deque

def attempt(what, action):
    try:
        action()
        print(what, 'worked')
    except Exception as e:
        print(what, type(e).__name__, e)

attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index out of range', lambda: deque([1, 2])[2])
attempt('negative index out of range', lambda: deque([1, 2])[-3])
attempt('slice', lambda: deque([1, 2, 3])[1:])
attempt('negative maxlen', lambda: deque(maxlen=-1))
attempt('remove missing', lambda: deque([1]).remove(2))
attempt('index missing', lambda: deque([1]).index(2))
attempt('insert when full', lambda: deque([1], maxlen=1).insert(0, 2))
attempt('hash', lambda: hash(deque()))
attempt('add list', lambda: deque([1]) + [2])

d = deque([1, 2, 3])
try:
    for x in d:
        if x == 2:
            d.append(4)
except RuntimeError as e:
    print('RuntimeError', e)

# an uncaught one ends the program like python3
queue = deque(['only job'])
print('running', queue.popleft())
print('running', queue.popleft())
