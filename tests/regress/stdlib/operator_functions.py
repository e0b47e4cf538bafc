# The operators as functions: a calculator dispatch table and folds.
import operator
from functools import reduce

ops = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
       '//': operator.floordiv, '%': operator.mod, '**': operator.pow}

def rpn(expression):
    stack = []
    for token in expression.split():
        if token in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[token](a, b))
        else:
            stack.append(int(token))
    return stack.pop()

print(rpn('3 4 + 2 *'), rpn('2 10 **'), rpn('7 2 /'), rpn('7 2 //'), rpn('7 3 %'), rpn('10 4 -'))
print(operator.neg(5), operator.pos(-5), operator.abs(-7), operator.invert(5), operator.index(12))
print(operator.eq(1, 1.0), operator.ne('a', 'b'), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 3))
print(operator.not_(0), operator.truth('x'), operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(0b1100, 0b1010), operator.or_(0b1100, 0b1010), operator.xor(0b1100, 0b1010), operator.lshift(1, 4), operator.rshift(256, 2))
print(operator.concat([1], [2]), operator.concat('ab', 'cd'), operator.contains('hello', 'ell'), operator.contains([1, 2], 3))
data = {'a': 1}
operator.setitem(data, 'b', 2)
print(operator.getitem(data, 'b'), data)
operator.delitem(data, 'a')
print(data, operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
print(reduce(operator.mul, range(1, 8)), reduce(operator.concat, [[1], [2, 3], [4]]), sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
acc = [1]
print(operator.iadd(acc, [2]), acc, operator.iadd(1, 2), operator.imul('ab', 2))
print(sorted(['b', 'A', 'c'], key=str.lower), list(map(operator.neg, [1, -2, 3])))
for what, action in [('index of float', lambda: operator.index(2.5)), ('concat ints', lambda: operator.concat(1, 2)),
                     ('add mixed', lambda: operator.add(1, 'a')), ('truediv by zero', lambda: operator.truediv(1, 0)),
                     ('indexOf missing', lambda: operator.indexOf([1], 2))]:
    try:
        action()
        print(what, 'worked')
    except Exception as e:
        print(what, type(e).__name__, e)
