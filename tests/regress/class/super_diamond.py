# Cooperative super() through a diamond: each __init__ runs once, in MRO order.
class Root:
    def __init__(self, **kw):
        print("Root", sorted(kw))
        self.log = ["Root"]

    def save(self):
        return ["Root.save"]

class A(Root):
    def __init__(self, a=0, **kw):
        print("A enter", a)
        super().__init__(**kw)
        self.log.append("A")

    def save(self):
        return ["A.save"] + super().save()

class B(Root):
    def __init__(self, b=0, **kw):
        print("B enter", b)
        super().__init__(**kw)
        self.log.append("B")

    def save(self):
        return ["B.save"] + super().save()

class C(A, B):
    def __init__(self, c=0, **kw):
        print("C enter", c)
        super().__init__(**kw)
        self.log.append("C")

    def save(self):
        return ["C.save"] + super().save()

obj = C(a=1, b=2, c=3)
print(obj.log)
print(obj.save())
print([k.__name__ for k in C.__mro__])
