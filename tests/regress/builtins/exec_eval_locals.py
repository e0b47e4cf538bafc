# exec/eval with a separate locals mapping: module-level code binds its
# names there; with only globals given, the globals serve as locals too.
ns = {}
exec("z = 1", {}, ns)
print(ns)

g = {}
l = {}
exec("def f(): return 2", g, l)
print(list(l), 'f' in g, l['f']())

print(eval("a + b", {'a': 1}, {'b': 5}))
print(eval("b", {'b': 'global'}, {'b': 'local'}))

g = {'x': 10}
l = {'y': 1}
exec("y = y + x\nimport math\nfor i in range(3): pass\nclass K: pass\ndel y", g, l)
print(sorted(l), sorted(k for k in g if k != '__builtins__'))

exec('"doc"', g, l)
print(l.get('__doc__'), '__doc__' in g)

exec("global q\nq = 5\nw = q", g, l)
print(g['q'], l['w'], 'q' in l)

exec("n: int = 3", g, l)
print(l['__annotations__'], l['n'], '__annotations__' in g)

g2 = {}
exec("v = 1\nv += 1", g2)
print(g2['v'], '__builtins__' in g2)

# a function defined by exec looks names up in its globals, not the locals
try:
    exec("a = 1\ndef get(): return a\nprint(get())", {}, {})
except NameError as e:
    print('NameError', e)

try:
    exec("print(nope)", {}, {})
except NameError as e:
    print('NameError', e)

def fn():
    a = 3
    exec("b = a + 1")
    print(eval("a * 2"))
    return 'b' in globals()

print(fn())

class C:
    exec("attr = 7")
    n = eval("attr + 1")

print(C.attr, C.n)

exec("top = 9")
print(top)
exec("top2 = 1", globals())
print(top2)
exec("top3 = 2", globals(), globals())
print(top3)
