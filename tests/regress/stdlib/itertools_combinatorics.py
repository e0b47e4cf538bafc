# product, permutations, combinations: small puzzles solved by brute force.
from itertools import product, permutations, combinations, combinations_with_replacement

# all 3-bit patterns and a 2x2 grid of coordinates
print([''.join(bits) for bits in product('01', repeat=3)])
print(list(product(range(2), 'ab')), list(product()), list(product('ab', [])))

# which pairs of coins make 30?
coins = [5, 10, 20, 25]
print([pair for pair in combinations(coins, 2) if sum(pair) == 30])
# every way to pay 20 with 3 coins (repeats allowed)
print([c for c in combinations_with_replacement(coins, 3) if sum(c) == 20])
print(len(list(combinations(range(10), 3))), list(combinations('abc', 0)), list(combinations('ab', 3)))

# SEND + MORE = MONEY is too slow here; a smaller cryptarithm: AB + BA = CC with distinct digits
solutions = []
for a, b, c in permutations(range(1, 10), 3):
    if (10 * a + b) + (10 * b + a) == 11 * c:
        solutions.append((a, b, c))
print(len(solutions), solutions[:5])

print(list(permutations('abc')), list(permutations('abcd', 2))[:5], list(permutations('ab', 3)))
print(len(list(permutations(range(6)))), list(permutations([])), list(permutations([3, 1, 2], 1)))

# travelling salesman on four cities
dist = {('a', 'b'): 2, ('a', 'c'): 9, ('a', 'd'): 10, ('b', 'c'): 6, ('b', 'd'): 4, ('c', 'd'): 3}
def d(x, y):
    return dist.get((x, y)) or dist[(y, x)]
best = min(permutations('bcd'), key=lambda route: d('a', route[0]) + d(route[0], route[1]) + d(route[1], route[2]) + d(route[2], 'a'))
print('best route', ('a',) + best)
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
