tests = [
    lambda: [1][5], lambda: {}[[]], lambda: 1 + "a", lambda: "a" * 1.5,
    lambda: int("1.5"), lambda: float("x"), lambda: None(), lambda: len(5),
    lambda: [].pop(), lambda: {1}.remove(2), lambda: (1, 2).index(9),
    lambda: "abc".index("z"), lambda: next(iter([])), lambda: undefined_name,
    lambda: 1 < "a", lambda: hash([]), lambda: chr(-1), lambda: divmod(1, 0),
    lambda: 2 ** 10000 * 1.0, lambda: int("9" * 5000) + 0.0, lambda: sorted([1, "a"]),
    lambda: "%d" % "x", lambda: "{}{}".format(1), lambda: f"{1:q}", lambda: dict(1),
    lambda: list.append(), lambda: range(0, 5, 0), lambda: [1, 2][::0],
]
for t in tests:
    try:
        t()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
