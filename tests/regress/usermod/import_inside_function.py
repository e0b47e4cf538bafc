# import statements inside functions and the sys.modules cache.
import sys

def use_helper():
    import mod_helper
    return mod_helper.f(10)

print("mod_helper" in sys.modules)
print(use_helper())
print("mod_helper" in sys.modules)
print(use_helper())
import mod_helper
print(mod_helper.calls)
print(sys.modules["mod_helper"] is mod_helper)

def lazy_class():
    from mod_helper import C
    return C("lazy")
print(lazy_class(), mod_helper.C.instances)
print("mod_helper" in dir(), "use_helper" in dir())
