# Left-to-right evaluation of operands, arguments, subscripts and assignments.
log = []
def v(tag, value=None):
    log.append(tag)
    return tag if value is None else value

def show(label):
    print(label, log)
    log.clear()

x = v("a", 1) + v("b", 2) * v("c", 3)
show(x)
f = lambda *args: args
f(v("1"), v("2"), v("3"))
show("call")
d = {v("k1"): v("v1"), v("k2"): v("v2")}
show("dict")
lst = [0, 0, 0]
lst[v("index", 1)] = v("value", 9)
show(lst)
r = v("l", [1, 2])[v("i", 0)]
show(r)
a, b = v("x", 1), v("y", 2)
show((a, b))
res = v("first", 0) or v("second", 5)
show(res)
s = [v(i, i) for i in range(3)]
show(s)
t = v("cond", True) and v("then") if v("test", 1) else v("else")
show(t)
