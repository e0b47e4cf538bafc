# Conditional expressions: evaluation, nesting, use inside other expressions.
def classify(n):
    return "negative" if n < 0 else "zero" if n == 0 else "positive"

for n in (-3, 0, 8):
    print(n, classify(n))

def fizz(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)

print(" ".join([fizz(i) for i in range(1, 16)]))

hits = []
def side(x):
    hits.append(x)
    return x

v = side("yes") if True else side("no")
print(v, hits)
v = side("yes") if 0 else side("no")
print(v, hits)

values = [3, -1, 4, -1, 5, -9]
print([x if x > 0 else 0 for x in values])
print([abs(x) if x % 2 else x * 10 for x in values])
pick = (lambda a, b: a if a >= b else b)
print(pick(3, 9), pick(9, 3), pick("b", "a"))
print((1 if True else 2) + 10, 1 if True else 2 + 10)
