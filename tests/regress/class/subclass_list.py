# class MyList(list): extra methods, overridden append, list behaviour kept.
class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        return self[-1] if self else None

class TypedList(list):
    def __init__(self, kind, items=()):
        super().__init__()
        self.kind = kind
        for it in items:
            self.append(it)

    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)

s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), type(s).__name__, s == [1, 2])
print(s + [9], type(s + [9]).__name__)
print(sorted(Stack([3, 1, 2])), list(reversed(Stack("ab"))))
t = TypedList(int, [1, 2, 3])
t.append(4)
print(t, t.kind.__name__, sum(t))
try:
    t.append("5")
except TypeError as e:
    print("TypeError:", e)
t.extend([7, 8])
print(t[1:3], t[-1], 7 in t)
print(Stack().peek())
