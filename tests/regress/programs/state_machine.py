# A turnstile/traffic state machine with transitions as bound methods.
class InvalidTransition(Exception):
    pass

class Machine:
    def __init__(self, name, start, table):
        self.name = name
        self.state = start
        self.table = table
        self.trace = [start]
        self.listeners = []

    def on_change(self, fn):
        self.listeners.append(fn)
        return fn

    def fire(self, event):
        key = (self.state, event)
        if key not in self.table:
            raise InvalidTransition(f"{self.name}: no '{event}' from {self.state}")
        old, self.state = self.state, self.table[key]
        self.trace.append(self.state)
        for fn in self.listeners:
            fn(old, event, self.state)
        return self.state

turnstile = Machine("turnstile", "locked", {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
})

class Counter:
    def __init__(self):
        self.coins = 0
        self.passes = 0
    def observe(self, old, event, new):
        if event == "coin":
            self.coins += 1
        if old == "unlocked" and event == "push":
            self.passes += 1

stats = Counter()
turnstile.on_change(stats.observe)

@turnstile.on_change
def log(old, event, new):
    print(f"  {old:>8} --{event}--> {new}")

for ev in ["push", "coin", "coin", "push", "push", "coin", "push"]:
    turnstile.fire(ev)
print("coins", stats.coins, "passes", stats.passes)
print(turnstile.trace)

light = Machine("light", "red", {("red", "go"): "green", ("green", "slow"): "yellow",
                                 ("yellow", "stop"): "red"})
for ev in ["go", "slow", "go", "stop"]:
    try:
        print(light.fire(ev))
    except InvalidTransition as e:
        print("InvalidTransition:", e)
print(light.state, len(light.trace))
