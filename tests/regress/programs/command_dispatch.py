# A command interpreter dispatching to methods via getattr and a decorator table.
class CommandError(Exception):
    pass

ALIASES = {}

class Shell:
    aliases = ALIASES

    def alias(*names):
        def deco(fn):
            for n in names:
                ALIASES[n] = fn.__name__[3:]
            return fn
        return deco

    def __init__(self):
        self.vars = {}
        self.stack = []

    def run(self, line):
        parts = line.split()
        if not parts:
            return None
        name, args = parts[0], parts[1:]
        name = self.aliases.get(name, name)
        method = getattr(self, "do_" + name, None)
        if method is None:
            raise CommandError(f"unknown command: {parts[0]}")
        return method(*args)

    @alias("=", "let")
    def do_set(self, key, value):
        self.vars[key] = int(value)
        return f"{key} := {value}"

    def do_get(self, key):
        if key not in self.vars:
            raise CommandError(f"undefined: {key}")
        return self.vars[key]

    @alias("+")
    def do_add(self, *keys):
        return sum(self.do_get(k) for k in keys)

    def do_push(self, key):
        self.stack.append(self.do_get(key))
        return list(self.stack)

    def do_vars(self):
        return sorted(self.vars.items())

    del alias

sh = Shell()
script = """
set x 10
let y 32
+ x y
= z 5
add x y z
push x
push z
get w
frobnicate 1
set x notanumber
set onlyone

vars
"""
for line in script.strip().splitlines():
    try:
        print(f"> {line!r}:", sh.run(line))
    except CommandError as e:
        print(f"> {line!r}: error:", e)
    except (ValueError, TypeError) as e:
        print(f"> {line!r}: bad arguments ({type(e).__name__})")
print(sorted(Shell.aliases.items()))
print(hasattr(Shell, "alias"))
