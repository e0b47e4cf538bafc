# Uncaught AssertionError without a message: the last line is just the type.
x = 5
assert x > 0
print("first assert passed")
assert x < 0
print("not reached")
