# import mod_helper: attribute access, module state, classes from the module.
import mod_helper

print(mod_helper.__name__)
print(mod_helper.GREETING, mod_helper.calls)
print(mod_helper.f(21), mod_helper.f("ab"))
print(mod_helper.calls)
print(mod_helper.greet("ouro"))
mod_helper.GREETING = "hi"          # the module's function sees the change
print(mod_helper.greet("again"))
c = mod_helper.C(5)
print(c, c.doubled(), mod_helper.C.instances, mod_helper.calls)
print(type(c).__name__, type(c).__module__, isinstance(c, mod_helper.C))
print(mod_helper._private())
print(hasattr(mod_helper, "f"), hasattr(mod_helper, "nope"))
try:
    mod_helper.nope
except AttributeError as e:
    print("AttributeError:", e)
import mod_helper as again
print(again is mod_helper, again.calls)
