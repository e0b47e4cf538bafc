# A module importing another module; both loaded once.
import mod_shapes
import mod_helper
from mod_shapes import Square, double_area

sq = Square(3)
print(sq, sq.area(), double_area(sq))
print(mod_helper.calls, mod_helper.C.instances)
print(mod_shapes.mod_helper is mod_helper)
print(mod_shapes.created_here, isinstance(sq, mod_helper.C))
print([c.__name__ for c in Square.__mro__])
print(Square.__module__, mod_helper.C.__module__)
big = sq.doubled()                 # C.doubled builds a C, not a Square
print(big, type(big).__name__, mod_helper.calls)
mod_shapes.C.instances = 100      # the same class object, seen from both modules
print(mod_helper.C.instances)
import mod_shapes as again
print(again is mod_shapes, again.Square is Square)
