# A pretty printer for nested structures, dispatching on type, with a visitor class.
class Pretty:
    def __init__(self, indent=2, width=30):
        self.indent = indent
        self.width = width

    def fmt(self, obj, level=0):
        flat = self.flat(obj)
        if len(flat) + level * self.indent <= self.width:
            return flat
        method = getattr(self, "fmt_" + type(obj).__name__, None)
        if method is None:
            return flat
        return method(obj, level)

    def flat(self, obj):
        if isinstance(obj, dict):
            return "{" + ", ".join(f"{self.flat(k)}: {self.flat(v)}" for k, v in obj.items()) + "}"
        if isinstance(obj, list):
            return "[" + ", ".join(self.flat(x) for x in obj) + "]"
        if isinstance(obj, tuple):
            inner = ", ".join(self.flat(x) for x in obj)
            return "(" + inner + ("," if len(obj) == 1 else "") + ")"
        return repr(obj)

    def _block(self, open_, close, parts, level):
        pad = " " * (self.indent * (level + 1))
        body = ",\n".join(pad + p for p in parts)
        return open_ + "\n" + body + "\n" + " " * (self.indent * level) + close

    def fmt_list(self, obj, level):
        return self._block("[", "]", [self.fmt(x, level + 1) for x in obj], level)

    def fmt_tuple(self, obj, level):
        return self._block("(", ")", [self.fmt(x, level + 1) for x in obj], level)

    def fmt_dict(self, obj, level):
        parts = [f"{self.flat(k)}: {self.fmt(v, level + 1)}" for k, v in obj.items()]
        return self._block("{", "}", parts, level)

data = {
    "name": "ouro",
    "version": (0, 1, 0),
    "backends": ["precise", "boehm", "none"],
    "limits": {"generations": [700, 10, 10], "pool": {"arena": 262144, "pools": 64}},
    "tags": [],
    "nested": [[1, [2, [3, [4, [5, "deep string value"]]]]]],
}
p = Pretty()
print(p.fmt(data))
print(Pretty(width=80).fmt([1, (2,), {"a": None}]))
print(Pretty(indent=4, width=10).fmt({"k": [1.5, True, "s"]}))
