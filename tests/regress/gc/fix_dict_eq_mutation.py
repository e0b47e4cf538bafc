# A key's __eq__ that mutates the dict: the lookup goes on when the table stayed in place (deletion, insertion that fits) and restarts when it was rebuilt.
calls = 0

class Key:
    def __init__(self, v, action=None):
        self.v = v
        self.action = action
    def __hash__(self):
        return 7
    def __eq__(self, other):
        global calls
        calls += 1
        if self.action:
            action, self.action = self.action, None
            action()
        return isinstance(other, Key) and self.v == other.v

def run(label, action, *others):
    """d holds first (whose __eq__ runs action once), the others, then Key(2);
    looking up Key(2) compares first, then goes on or starts again."""
    global calls
    d = {}
    first = Key(1)
    d[first] = "a"
    for k in others:
        d[k] = 0
    d[Key(2)] = "b"
    first.action = lambda: action(d)
    calls = 0
    print(label, d.get(Key(2)), calls, len(d))

# Deleting another key: no restart, one comparison per colliding key.
run("delete", lambda d: d.pop("other"), "other")
# Inserting a key that fits: no restart.
run("insert", lambda d: d.__setitem__("new", 1))
# Inserting enough keys to rebuild the table: the lookup starts again.
run("rebuild", lambda d: d.update((i, i) for i in range(20)))

# The compared entry itself replaced by another key: restart.
d = {}
def replace():
    del d[first]
    d["z"] = 26
first = Key(1)
d[first] = 1
d[Key(2)] = 2
first.action = replace
calls = 0
print("replace", d.get(Key(2)), calls, len(d))

# Insertion while a lookup for a missing key is running: nothing is lost.
d = {Key(1): 1, Key(2): 2}
del d[Key(1)]
fourth = Key(4)
d[fourth] = 4
fourth.action = lambda: d.__setitem__(Key(5), 5)
d[Key(3)] = 3
print("insert during insert", len(d), sorted(d.values()), [d.get(Key(i)) for i in range(1, 6)])

# The original report: python3 compares once.
calls = 0
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, other):
        global calls
        calls += 1
        if "other" in d:
            del d["other"]
        return self.v == other.v
d = {K(1): "a", "other": 2}
print(d[K(1)], calls, len(d))
