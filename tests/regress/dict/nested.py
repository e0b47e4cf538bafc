# Nested dicts and lists: a small in-memory database.
db = {
    "users": {
        "ann": {"age": 31, "langs": ["python", "c"], "admin": True},
        "bob": {"age": 25, "langs": ["go"], "admin": False},
    },
    "groups": {"dev": ["ann", "bob"], "ops": ["bob"]},
}
print(db["users"]["ann"]["langs"][1])
db["users"]["cy"] = {"age": 40, "langs": [], "admin": False}
db["users"]["bob"]["langs"].append("rust")
db["groups"].setdefault("qa", []).append("cy")
for name, info in db["users"].items():
    print(name, info["age"], ",".join(info["langs"]) or "-", "admin" if info["admin"] else "user")
print({g: len(m) for g, m in db["groups"].items()})
membership = {}
for group, members in db["groups"].items():
    for m in members:
        membership.setdefault(m, []).append(group)
print(membership)
ages = [u["age"] for u in db["users"].values()]
print(sum(ages) / len(ages))
print(db["groups"])
def get_path(d, path, default=None):
    for key in path.split("."):
        if isinstance(d, dict) and key in d:
            d = d[key]
        else:
            return default
    return d
print(get_path(db, "users.ann.age"), get_path(db, "users.zed.age", "n/a"), get_path(db, "groups.ops"))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
