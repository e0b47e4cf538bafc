# Assigning to slices and indexes, including resizing and extended slices.
a = list(range(8))
a[0] = "zero"; print(a)
a[-1] = "last"; print(a)
a[1:3] = ["x", "y", "z"]; print(a)
a[1:4] = []; print(a)
a[:0] = ["front"]; print(a)
a[len(a):] = ["back", "end"]; print(a)
a[2:2] = [100, 200]; print(a)
a[:] = [1, 2, 3]; print(a)
a[::2] = ["even", "even2"]; print(a)
a[1:2] = "abc"; print(a)
b = list(range(10))
b[::-3] = [0, 0, 0, 0]; print(b)
b[1::2] = range(5); print(b)
c = [1, 2, 3]
c[5:10] = [4]; print(c)
c[-100:1] = [0]; print(c)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    c[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    c[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
alias = c
c[:] = []
print(alias, alias is c)
