# An exception in __del__ is reported (Exception ignored in) and the program goes on.
class Bad:
    def __del__(self):
        raise ValueError('oops in del')
b = Bad()
del b
print('still running')
class Bad2:
    def __del__(self):
        1 / 0
def f():
    x = Bad2()
f()
print('end')
