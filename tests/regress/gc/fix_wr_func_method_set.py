# Functions, bound methods, sets and frozensets take weak references (python3 allows them; classmethod and staticmethod objects refuse, as there); their death clears the references and runs the callbacks.
import weakref

log = []

def func():
    return 1

class Obj:
    def method(self):
        return 2

class SetSub(set):
    pass

def note(name):
    return lambda ref: log.append((name, ref() is None))

# Dying by reference counting: each callback runs once and sees a dead reference.
for name, make in [("function", lambda: (lambda: 0)), ("bound method", lambda: Obj().method),
                   ("set", lambda: {1, 2}), ("frozenset", lambda: frozenset([3])),
                   ("set subclass", lambda: SetSub([4])), ("empty frozenset", frozenset)]:
    value = make()
    r = weakref.ref(value, note(name))
    print(name, r() is value, weakref.getweakrefcount(value))
    del value
    print(name, "after del:", r(), log.pop() if log else "no callback")

# The plain reference is shared; a callback reference is a new one.
r1, r2 = weakref.ref(func), weakref.ref(func)
r3 = weakref.ref(func, note("func"))
print(r1 is r2, r1 is r3, weakref.getweakrefcount(func), r1() is func)

# Methods compare by function and self, so weak references to equal methods compare equal.
o = Obj()
m1, m2 = o.method, o.method
print(weakref.ref(m1) == weakref.ref(m2), weakref.ref(m1) is weakref.ref(m2))
print(weakref.ref(m1)()())

# Set operations that swap or rebuild the table keep the weak references.
s = {1, 2, 3}
rs = weakref.ref(s, note("set ops"))
s |= set(range(100))
s -= set(range(50))
s.clear()
print(rs() is s, len(s), log)
del s
print(rs(), log)

# A weakly referenced function used as a key of a WeakKeyDictionary.
wk = weakref.WeakKeyDictionary()
f = lambda: 5
wk[f] = "value"
print(len(wk), wk[f])
del f
print(len(wk))

# Still refused: classmethod and staticmethod objects, as in python3.
for value in (classmethod(func), staticmethod(func)):
    try:
        weakref.ref(value)
        print("accepted", type(value).__name__)
    except TypeError as e:
        print("refused:", e)
