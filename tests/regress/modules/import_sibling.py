# Importing a module that sits beside the script and using its names.
import mod_geometry

print(mod_geometry.__name__, mod_geometry.UNIT)
print(round(mod_geometry.PI, 5))
print(f"{mod_geometry.area(2):.4f}", f"{mod_geometry.perimeter(1):.4f}")
print(mod_geometry.describe(3))
print("calls so far:", mod_geometry.calls)
mod_geometry.UNIT = "mm"           # rebinding a module attribute from outside
print(mod_geometry.describe(1))
mod_geometry.calls += 100
print(mod_geometry.calls)
print(type(mod_geometry).__name__, callable(mod_geometry.area))
print(hasattr(mod_geometry, "area"), hasattr(mod_geometry, "volume"))
print(getattr(mod_geometry, "UNIT"), getattr(mod_geometry, "missing", "default"))
try:
    mod_geometry.volume(1)
except AttributeError as e:
    print("AttributeError:", e)
