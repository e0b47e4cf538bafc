import sys
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500), sys.getrecursionlimit())
try:
    deep(100000)
except RecursionError as e:
    print("recursion", e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion")
l = []
l.append(l)
d = {}
d[1] = d
print(l, d)
sys.setrecursionlimit(50)
try:
    deep(100)
except RecursionError:
    print("low limit")
