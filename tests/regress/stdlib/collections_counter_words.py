# Counter: word frequencies, letter counts, inventory arithmetic.
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick"""
words = Counter(text.split())
print(words.most_common(3))
print(words['the'], words['cat'], 'cat' in words, len(words))
for word, n in words.most_common(5):
    print('%-6s %s' % (word, '*' * n))
print(words)

letters = Counter(c for c in 'hello world' if c.isalpha())
print(letters, letters.total(), sorted(letters.elements()))
print(Counter('abracadabra').most_common(), Counter('abracadabra').most_common(0))

stock = Counter(apples=5, pears=2, plums=0)
sold = Counter(apples=3, pears=2, kiwis=1)
print(stock + sold, stock - sold, stock | sold, stock & sold)
print(+stock, -Counter(a=-2, b=3))
stock.update(apples=1, figs=4)
stock.update(['apples', 'apples'])
print(stock)
stock.subtract(pears=5)
print(stock, stock['pears'])
del stock['nothing']
stock -= Counter(apples=100)
print(stock)
stock += Counter(limes=1)
print(stock)

print(Counter(), Counter('aab') == Counter({'a': 2, 'b': 1}), Counter(a=1, b=0) == Counter(a=1))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) < Counter(a=3), Counter('ab') >= Counter('a'))
print(dict(Counter('banana')), sum(Counter('banana').values()), list(Counter('banana')))
votes = Counter()
for ballot in ['x', 'y', 'x', 'z', 'x', 'y']:
    votes[ballot] += 1
winner, n = votes.most_common(1)[0]
print('winner', winner, n, votes.copy(), type(votes.copy()).__name__)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
