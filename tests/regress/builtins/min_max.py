# min and max: iterables, multiple arguments, key=, default=, ties.
print(min(3, 1, 2), max(3, 1, 2), min([5]), max("hello"))
print(min([4, 2.5, 3]), max([-1, -5]), min("bca"), max(["b", "abc", "ab"]))
print(min((1, 2), (1, 1)), max([[1, 2], [1, 2, 0]]))
print(max([1, 3, 3.0]), max([3.0, 3, 1]))       # first maximal element wins
print(min([3, 1.0, 1]), min([1, 1.0]))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
print(max([], default="empty"), min([], default=None), max([7], default=0))
print(max(range(10), key=lambda n: n % 4))
print(min({"b": 1, "a": 2}), max({"b": 1, "a": 2}.values()))
print(max(-3, 2, key=abs), min(-3, 2, key=abs))
scores = {"ann": 9, "bob": 12, "cy": 12}
print(max(scores, key=scores.get), min(scores, key=lambda k: scores[k]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1, "a")
except TypeError as e:
    print("TypeError:", e)
