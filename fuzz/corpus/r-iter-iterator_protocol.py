# Iterators are consumed once; iterables produce fresh iterators.
nums = [1, 2, 3]
it = iter(nums)
print(list(it), list(it))
print(list(nums), list(nums))
it = iter(nums)
print(next(it))
for x in it:           # continues where next() left off
    print("loop", x)
m = map(str, nums)
print("".join(m), "".join(m) == "")
z = zip("ab", "cd")
print(list(z), list(z))
e = enumerate("xyz")
next(e)
print(list(e))
r = reversed(nums)
print(list(r), list(r))
it = iter(range(5))
print(2 in it, list(it))   # membership consumes the iterator up to the match
d = {"a": 1, "b": 2}
ki = iter(d)
vi = iter(d.values())
ii = iter(d.items())
print(next(ki), next(vi), next(ii))
s = iter("hello")
print(next(s) + next(s), "".join(s))
print(sum(iter([1, 2, 3])), max(iter([4, 9, 2])), sorted(iter({3, 1, 2})))
