# partial and reduce.
from functools import partial, reduce
import operator

def power(base, exponent, *, modulo=None):
    result = base ** exponent
    return result if modulo is None else result % modulo

square = partial(power, exponent=2)
two_to = partial(power, 2)
print(square(9), two_to(10), two_to(100, modulo=1000), partial(two_to, 5)())
print(square.func is power, square.args, square.keywords, two_to.args)
print(partial(partial(power, 3), 4).args, partial(square, modulo=5)(7))

parse_binary = partial(int, base=2)
print([parse_binary(s) for s in ['101', '111', '1000']])
greet = partial(print, 'hello', sep=', ')
greet('world')
greet('you', 'there', sep='; ')

handlers = {name: partial(operator.getitem, {'a': 1, 'b': 2}) for name in ['get']}
print(handlers['get']('b'))

print(reduce(operator.add, [1, 2, 3, 4, 5]), reduce(operator.mul, range(1, 11)))
print(reduce(lambda acc, word: acc + len(word), ['ab', 'cde', 'f'], 0))
print(reduce(max, [3, 9, 2, 7]), reduce(operator.add, [], 'empty'), reduce(operator.add, ['only']))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
nested = {'a': {'b': {'c': 42}}}
print(reduce(operator.getitem, ['a', 'b', 'c'], nested))
print(reduce(operator.or_, [{1}, {2, 3}, {3, 4}]), reduce(lambda x, y: x & y, [{1, 2, 3}, {2, 3}, {3}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
try:
    partial(42)
except TypeError as e:
    print('TypeError', e)
