# Helper module for the usermod tests: functions, a class, module state.
GREETING = "hello"
calls = 0
print("mod_helper imported as", __name__)

def f(x):
    global calls
    calls += 1
    return x * 2

def greet(name):
    return f"{GREETING}, {name}"

class C:
    instances = 0

    def __init__(self, value):
        C.instances += 1
        self.value = value

    def __repr__(self):
        return f"C({self.value!r})"

    def doubled(self):
        return C(f(self.value))

def _private():
    return "private helper"
