# Methods calling other methods, returning self for chaining.
class Builder:
    def __init__(self):
        self.parts = []

    def add(self, part):
        self.parts.append(part)
        return self

    def add_many(self, *parts):
        for p in parts:
            self.add(p)
        return self

    def build(self, sep=" "):
        return sep.join(self.parts)

    def count(self):
        return len(self.parts)

b = Builder().add("hello").add("world").add_many("from", "ouro")
print(b.build())
print(b.build(sep="-"))
print(b.count())
print(Builder.build(b, "+"))           # calling through the class
print(Builder.add(Builder(), "x").build())
print(type(Builder.add).__name__)
print(type(b.add).__name__)
m = b.count
print(m())
b.add("!")
print(m())
print(b.add.__self__ is b, b.add.__func__ is Builder.add)
