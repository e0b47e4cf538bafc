# LEGB name resolution with functions defined inside functions.
x = "global"

def outer():
    x = "enclosing"
    def inner():
        return x
    def inner_local():
        x = "local"
        return x
    def inner_global():
        global x
        return x
    return inner(), inner_local(), inner_global()

print(outer())

def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    return count, counts

count, counts = counter_factory()
for w in "a b a c a b".split():
    count(w)
print(counts)

def make_multipliers():
    result = []
    for factor in (2, 3, 4):
        def mul(v, factor=factor):
            return v * factor
        result.append(mul)
    return result
print([m(10) for m in make_multipliers()])

def param_shadows_global(x):
    return x
print(param_shadows_global("param"), x)

def later_defined_global():
    return defined_after
defined_after = "found at call time"
print(later_defined_global())

def recursive_inner(n):
    def helper(k):
        return 1 if k <= 1 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(6))
