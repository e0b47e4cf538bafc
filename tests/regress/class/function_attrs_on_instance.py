# Functions stored on instances are not bound; stored on the class they are.
def shout(x):
    return str(x).upper() + "!"

class Speaker:
    def __init__(self, word):
        self.word = word
        self.fmt = shout          # plain function, not bound

    def say(self):
        return self.fmt(self.word)

s = Speaker("hello")
print(s.say())
s.fmt = lambda w: w[::-1]
print(s.say())

def method_like(self):
    return "class-level: " + self.word

Speaker.extra = method_like
print(s.extra())
print(Speaker("abc").extra())
s.extra = lambda: "instance-level override"
print(s.extra(), Speaker("z").extra())
del s.extra
print(s.extra())
class Holder:
    handler = staticmethod(shout)
print(Holder().handler("ok"), Holder.handler("ok"))
