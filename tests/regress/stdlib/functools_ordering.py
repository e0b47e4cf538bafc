# total_ordering fills in comparisons; cmp_to_key adapts old comparison functions.
from functools import total_ordering, cmp_to_key

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'Version(%r)' % '.'.join(map(str, self.parts))

versions = [Version(v) for v in ['1.10.0', '1.2.3', '1.2.10', '0.9']]
print(sorted(versions), max(versions), min(versions))
a, b = Version('1.2'), Version('1.3')
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= b, b <= a)

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __gt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents > other.cents

print(Money(5) < Money(6), Money(5) >= Money(5), Money(7) <= Money(6), Money(1) > Money(0))
try:
    Money(1) < 5
except TypeError as e:
    print('TypeError', e)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)

words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted([5, 2, 9], key=cmp_to_key(lambda x, y: y - x)), max(words, key=cmp_to_key(by_length_then_alpha)))
K = cmp_to_key(by_length_then_alpha)
print(K('ab') < K('abc'), K('b') > K('a'), K('x') == K('x'))
