# Tuple comparison (lexicographic), equality, and tuples as dict keys / set items.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,))
print((1, "a") < (1, "b"), (1, 2) == (1, 2.0), (1, [2]) == (1, [2]))
print(max([(1, "z"), (2, "a"), (2, "b")]), min([(3,), (1, 5), (1, 4)]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * c
print(grid[(2, 2)], grid[1, 2], len(grid))
visited = {(0, 0), (0, 1), (0, 0)}
print(len(visited), (0, 1) in visited, sorted(visited))
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]
print(paths(10, 10), len(memo))
try:
    {([1], 2): "x"}
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError:", e)
