# Truth values of every built-in type, as used by if/while/not/bool.
values = [0, 1, -1, 0.0, 0.5, float("nan"), "", "0", " ", [], [0], (), (None,),
          {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1)]
for v in values:
    if v:
        verdict = "truthy"
    else:
        verdict = "falsy"
    print(repr(v), verdict, bool(v))

count = 0
items = [3, 2, 1]
while items:
    items.pop()
    count += 1
print("popped", count)
n = 10
while n:
    n //= 3
print("n", n)
print(sum([1 for v in values if v]), len(values))
