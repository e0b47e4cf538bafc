# Comments, explicit and implicit line continuation.
total = 1 + \
    2 + \
    3
print(total)  # a trailing comment

values = [  # comment after the bracket
    1,  # one
    2,
    # a comment line inside brackets
    3,
]
print(values)

result = (10
          - 3
          * 2)
print(result)

d = {
    "a": 1,
    "b": 2,
}
print(d)

def f(a,
      b,
      c=3):
    return a + b + c

print(f(1,
        2))

if (total > 5 and
        result > 1):
    print("both")
# print("this is commented out")
x = "# not a comment"
print(x)
