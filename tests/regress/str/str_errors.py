# Common errors when working with strings, caught and reported.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("concat int", lambda: "a" + 1)
attempt("int plus str", lambda: 1 + "a")
attempt("mul str str", lambda: "a" * "b")
attempt("mul float", lambda: "a" * 2.0)
attempt("index", lambda: "abc"[3])
key = "0"
attempt("index type", lambda: "abc"[key])
def assign():
    s = "abc"
    s[0] = "x"
attempt("assign", assign)
attempt("attribute", lambda: "abc".upper().nope)
attempt("no method", lambda: "abc".push("d"))
attempt("int()", lambda: int("12a"))
attempt("str minus", lambda: "abc" - "c")
attempt("compare", lambda: "a" < 1)
attempt("format", lambda: "{} {}".format(1))
attempt("percent", lambda: "%d" % "x")
attempt("percent args", lambda: "%s %s" % ("only one",))
attempt("not all converted", lambda: "%s" % (1, 2))
attempt("ok", lambda: "x".join(["1", "2"]))
