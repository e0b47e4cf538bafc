# A module that imports another module of the test directory.
import mod_helper
from mod_helper import C

class Square(C):
    def area(self):
        return self.value * self.value

def double_area(sq):
    return mod_helper.f(sq.area())

created_here = Square(1)
