# Zero-argument super() in __init__ and in other methods, several levels deep.
class Shape:
    def __init__(self, name):
        self.name = name
        print("Shape.__init__", name)

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area()}"

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
        print("Rect.__init__", w, h)

    def area(self):
        return self.w * self.h

    def describe(self):
        return "[" + super().describe() + "]"

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, name="square")
        print("Square.__init__", side)

    def describe(self):
        return "<" + super().describe() + ">"

s = Square(3)
print(s.describe())
r = Rect(2, 5)
print(r.describe())
print(Shape("blob").describe())
