# Towers of Hanoi move listing, permutations and combinations by recursion.
def hanoi(n, a="A", b="B", c="C"):
    if n == 0:
        return []
    return hanoi(n - 1, a, c, b) + [(n, a, c)] + hanoi(n - 1, b, a, c)

moves = hanoi(3)
for disk, src, dst in moves:
    print(f"move disk {disk} from {src} to {dst}")
print(len(hanoi(10)), 2 ** 10 - 1)

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)

print(permutations([1, 2, 3]))
print(len(permutations(list(range(6)))), ["".join(p) for p in permutations(list("abc"))])
print(combinations([1, 2, 3, 4], 2), len(combinations(list(range(10)), 4)))
