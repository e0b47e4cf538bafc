# A __del__ put on a class after it was created is used when its instances die; removing it stops finalization.
log = []

class Late:
    pass

a = Late()
Late.__del__ = lambda self: log.append("late, instance made before")
del a
b = Late()
del b
print(log)

class Early:
    def __del__(self):
        log.append("original")

e = Early()
Early.__del__ = lambda self: log.append("replacement")
del e
print(log)

del Late.__del__
c = Late()
del c
print(len(log))

class Child(Late):
    pass
Late.__del__ = lambda self: log.append("inherited late")
d = Child()
del d
print(log[-1])
