print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"))
ns = {}
exec("def f(a):\n    return a * 2\nz = f(21)", ns)
print(ns["z"], sorted(k for k in ns if not k.startswith("__")))
try:
    eval("1 +")
except SyntaxError as e:
    print("syntax", e.lineno)
code = "for i in range(3):\n    print(i, end=' ')\n"
exec(code)
print()
print(globals()["__name__"], "exec" in dir(__builtins__) if 0 else "")
