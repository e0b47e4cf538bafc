# Module-level state modified through a decorator defined in a module.
import mod_registry
from mod_registry import register, fire

@register("add")
def add(a, b):
    return a + b

@register("greet")
def greet(name):
    return "hello " + name

print(mod_registry.names())
print(fire("add", 2, 3), fire("greet", "bob"))
try:
    fire("missing")
except LookupError as e:
    print("LookupError:", e)
print(mod_registry.events)
mod_registry.events.clear()
print(len(mod_registry.events))
print(add(10, 20), add.__name__)
