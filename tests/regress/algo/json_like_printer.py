# A recursive pretty-printer for nested dicts and lists (like json.dumps indent).
def dump(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        lines = []
        for k, v in value.items():
            lines.append(f'{pad}  "{k}": {dump(v, indent + 1)}')
        return "{\n" + ",\n".join(lines) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[" + ", ".join([dump(v, indent + 1) for v in value]) + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    return repr(value)

doc = {
    "name": "ouro",
    "version": [0, 1, 0],
    "tags": ["python", "runtime", 'say "hi"'],
    "stable": False,
    "license": None,
    "limits": {"recursion": 1000, "ratio": 0.25, "nested": {"empty": {}, "list": []}},
}
print(dump(doc))
print(dump([1, [2, [3, []]], {"k": True}]))
