# any and all: empty iterables, short-circuiting, truthiness of results.
print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]))
print(any(""), all(""), any("a"), all([[]]), any([[]]), all([[0]]))
print(any([None, "", 0.0]), all(["a", 1, [0]]))
nums = [2, 4, 6, 7]
print(all([n % 2 == 0 for n in nums]), any([n > 6 for n in nums]))
seen = []
def check(n):
    seen.append(n)
    return n > 2
print(any(map(check, [1, 3, 5])), seen)
seen.clear()
print(all(map(check, [5, 1, 7])), seen)
words = ["apple", "avocado", "apricot"]
print(all([w.startswith("a") for w in words]), any([len(w) > 7 for w in words]))
print(any({0: "a"}), all({1: 0}), any(range(0)), all(range(1, 5)))
