# Lazy pipelines: chain, islice, accumulate, takewhile/dropwhile, and friends.
import itertools as it
import operator

log = ['INFO start', 'DEBUG x=1', 'INFO working', 'ERROR disk full', 'INFO retry', 'ERROR again']
errors = it.filterfalse(lambda line: not line.startswith('ERROR'), log)
print(list(errors))
print(list(it.takewhile(lambda line: not line.startswith('ERROR'), log)))
print(list(it.dropwhile(lambda line: not line.startswith('ERROR'), log)))
print(list(it.compress(log, [1, 0, 1, 0, 0, 1])))

deposits = [100, -30, 50, -80, 20]
print(list(it.accumulate(deposits)), list(it.accumulate(deposits, max)), list(it.accumulate(deposits, initial=1000)))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)), list(it.accumulate([])), list(it.accumulate([], initial=0)))
print(list(it.accumulate([5, 2, 1], func=lambda total, x: total - x)))

print(list(it.chain('ab', [1, 2], (3,))), list(it.chain.from_iterable([[1, 2], [3], []])), list(it.chain()))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(it.chain.from_iterable(matrix)), list(it.starmap(operator.mul, [(2, 3), (4, 5)])))
print(list(it.starmap(pow, zip([2, 3, 10], [5, 2, 3]))))

print(list(it.pairwise([1, 4, 9, 16])), [b - a for a, b in it.pairwise([1, 4, 9, 16])], list(it.pairwise('a')))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.zip_longest([1, 2], 'x')), list(it.zip_longest()))

print(list(it.islice('abcdefg', 3)), list(it.islice('abcdefg', 2, 5)), list(it.islice('abcdefg', 1, None, 3)))
print(list(it.islice(range(100), 95, None)), list(it.islice('abc', None)), list(it.islice('abc', 5, 9)))
source = iter(range(10))
print(list(it.islice(source, 0, 6, 4)), next(source))
source = iter(range(10))
print(list(it.islice(source, 4, 2)), next(source))

# the first five primes above 100, lazily
def primes_from(n):
    for k in it.count(n):
        if all(k % d for d in range(2, int(k ** 0.5) + 1)):
            yield k
print(list(it.islice(primes_from(100), 5)))

# tee: look ahead without losing items
a, b = it.tee([3, 1, 4, 1, 5])
next(b)
print([y - x for x, y in zip(a, b)])
x, y, z = it.tee(iter('xyz'), 3)
print(next(x), list(y), list(x), list(z), it.tee('a', 0))

# laziness: nothing runs until asked
def noisy(n):
    for i in range(n):
        print('  produce', i)
        yield i
pipeline = it.islice(it.accumulate(noisy(10)), 2)
print('built')
print(list(pipeline))
