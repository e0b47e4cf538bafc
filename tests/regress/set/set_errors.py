# Set errors: unhashable members, missing elements, unsupported operators.
def attempt(label, fn):
    try:
        print(label, "ok:", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

s = {1, 2}
attempt("list member", lambda: {[1, 2]})
attempt("add list", lambda: s.add([3]))
attempt("add dict", lambda: s.add({}))
attempt("add set", lambda: s.add({3}))
attempt("remove missing", lambda: s.remove(3))
attempt("remove string", lambda: s.remove("x"))
attempt("pop empty", lambda: set().pop())
attempt("index", lambda: s[0])
attempt("plus", lambda: s + s)
attempt("times", lambda: s * 2)
attempt("subset list", lambda: s <= [1, 2])
attempt("tuple member ok", lambda: sorted({(1, 2), (1, 2), (3,)}))
attempt("in with list", lambda: [1] in s)
