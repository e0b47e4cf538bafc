# from mod_helper import f, C: names bound locally, shared module state.
from mod_helper import f, C, greet
from mod_helper import GREETING as G
import mod_helper

print(f(4), greet("x"), G)
obj = C([1])
print(obj, obj.doubled(), C.instances)
print(mod_helper.calls, C is mod_helper.C)
G = "local rebinding"
print(mod_helper.GREETING)
mod_helper.GREETING = "changed"
print(G, greet("y"))
def f(x):
    return "shadowed"
print(f(1), mod_helper.f(1))
try:
    from mod_helper import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
