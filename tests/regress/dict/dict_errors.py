# Errors from dict operations and their messages.
def attempt(label, fn):
    try:
        print(label, "ok:", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

d = {"a": 1}
attempt("missing str key", lambda: d["b"])
attempt("missing int key", lambda: d[42])
attempt("missing tuple key", lambda: d[(1, "x")])
attempt("unhashable key", lambda: d[["a"]])
attempt("pop missing", lambda: d.pop("zz"))
attempt("popitem empty", lambda: {}.popitem())
attempt("no attribute", lambda: d.append(1))
attempt("dict + dict", lambda: d + d)
attempt("dict < dict", lambda: d < d)
attempt("bad update", lambda: d.update([1, 2]))
attempt("dict from bad seq", lambda: dict([(1, 2, 3)]))
attempt("key is missing repr", lambda: {"x": 1}["it's"])
attempt("ok get", lambda: d.get("b", "fallback"))
