# __slots__: only the declared names can be set on instances
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
p.x += 10
print(p, p.x, hasattr(p, "__dict__"))
for attempt in ("z", "__dict__"):
    try:
        setattr(p, attempt, 3)
        print("set", attempt)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
# an unset slot reads as a missing attribute; del works on set slots
class Lazy:
    __slots__ = "value"
l = Lazy()
try:
    l.value
except AttributeError as e:
    print("AttributeError:", e)
l.value = 5
print(l.value)
del l.value
print(hasattr(l, "value"))
# subclasses: without __slots__ they get a __dict__; with __slots__ they add names
class Point3(Point):
    __slots__ = ("z",)
class Tagged(Point):
    pass
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)
t = Tagged(5, 6)
t.tag = "free"
print(t.tag, t.__dict__["tag"])
# __dict__ in __slots__ brings the dict back
class Flexible:
    __slots__ = ("a", "__dict__")
f = Flexible()
f.a = 1
f.b = 2
print(f.a, f.b, f.__dict__["b"])
# private names are mangled
class Secret:
    __slots__ = ("__key", "public")
    def __init__(self, k):
        self.__key = k
        self.public = True
    def key(self):
        return self.__key
s = Secret("abc")
print(s.key(), s._Secret__key)
# methods and properties are read-only on instances
class Temp:
    __slots__ = ("_c",)
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    def show(self):
        return f"{self._c:.1f}C"
t = Temp(100)
t.f = 212
print(t.f, t.show())
try:
    t.show = None
except AttributeError as e:
    print("AttributeError:", e)
# a slot name that is also a class attribute is an error
try:
    class Clash:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)
try:
    class BadSlot:
        __slots__ = ("x", 3)
except TypeError as e:
    print("TypeError:", e)
# linked nodes with slots and weak references still work; freed by refcount
import gc, weakref
class Node:
    __slots__ = ("val", "next", "__weakref__")
    def __init__(self, val, next=None):
        self.val, self.next = val, next
head = None
for i in range(5):
    head = Node(i, head)
r = weakref.ref(head)
vals = []
n = head
while n:
    vals.append(n.val)
    n = n.next
print(vals, r().val)
del head, n
print(r())
