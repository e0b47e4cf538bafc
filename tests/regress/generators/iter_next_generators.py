# iter() and next() on generators; generators are their own iterators.
def gen():
    yield 1
    yield 2
    yield 3

g = gen()
print(iter(g) is g)
print(next(g))
rest = list(g)
print(rest, next(g, None))
g1 = gen()
g2 = gen()
print(next(g1), next(g1), next(g2))
print(list(zip(g1, g2)))
it = iter([10, 20, 30])
print(next(it), list(it))
print(next(iter("xyz")), next(iter(range(5, 9))))

def pairs(seq):
    it = iter(seq)
    for first in it:
        second = next(it, None)
        yield (first, second)
print(list(pairs([1, 2, 3, 4, 5])))
s = iter(range(3))
print(sum(s), sum(s))
callable_iter = iter([5, 4, 3, 0, 2].pop, 0)
print(list(callable_iter))
g = gen()
print(hasattr(g, "__next__"), hasattr(g, "send"), type(g).__name__)
print(g.__next__(), g.__next__())
