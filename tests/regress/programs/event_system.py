# An event bus with callbacks: functions, bound methods, callables, unsubscribe.
class EventBus:
    def __init__(self):
        self.subs = {}

    def subscribe(self, event, callback):
        self.subs.setdefault(event, []).append(callback)
        return lambda: self.subs[event].remove(callback)

    def emit(self, event, **data):
        results = []
        for cb in list(self.subs.get(event, [])):
            try:
                results.append(cb(**data))
            except Exception as e:
                results.append(f"{type(e).__name__} in handler: {e}")
        return results

class Logger:
    def __init__(self):
        self.lines = []
    def record(self, **data):
        line = ", ".join(f"{k}={v}" for k, v in sorted(data.items()))
        self.lines.append(line)
        return "logged"

class Threshold:
    def __init__(self, limit):
        self.limit = limit
    def __call__(self, value, **rest):
        return "ALERT" if value > self.limit else "ok"

def fragile(value, **rest):
    return 100 // value

bus = EventBus()
log = Logger()
bus.subscribe("reading", log.record)
cancel_alert = bus.subscribe("reading", Threshold(50))
bus.subscribe("reading", fragile)
bus.subscribe("shutdown", lambda **d: "bye " + d.get("who", "?"))

print(bus.emit("reading", value=10, sensor="a"))
print(bus.emit("reading", value=75, sensor="b"))
print(bus.emit("reading", value=0, sensor="c"))
cancel_alert()
print(bus.emit("reading", value=99, sensor="d"))
print(bus.emit("unknown"))
print(bus.emit("shutdown", who="admin"))
for line in log.lines:
    print(line)
print({k: len(v) for k, v in sorted(bus.subs.items())})
