# A str subclass instance that dies at once (S("hi") as a statement) left
# the precise collector's list corrupt: the instance was tracked twice, and
# the next class's instances lost their __dict__ or the run crashed.
class Shout(str):
    def shout(self):
        return self.upper() + "!"

Shout("temporary")
print(Shout("hi").shout())

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(vars(p), p.x + p.y)

words = [Shout(w) for w in "a bb ccc".split()]
print([w.shout() for w in words], isinstance(words[0], str))
del words
q = Point(3, 4)
q.z = 5
print(sorted(vars(q).items()))
