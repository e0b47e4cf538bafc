# Helper module (not a test): imported by the modules/ tests.
import math

PI = math.pi
UNIT = "cm"
_private_scale = 2
calls = 0

print("mod_geometry imported as", __name__)

def area(r):
    global calls
    calls += 1
    return PI * r * r

def perimeter(r):
    global calls
    calls += 1
    return 2 * PI * r

def describe(r):
    return f"circle r={r}{UNIT}: area={area(r):.2f} perimeter={perimeter(r):.2f}"
