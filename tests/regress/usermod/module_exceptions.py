# Exceptions defined in a module; the uncaught one names its module.
import mod_errors
from mod_errors import BadInput, check

print(check("Hello"))
try:
    check("h3llo")
except ValueError as e:
    print(type(e).__name__, e, e.text)
print(BadInput.__module__, issubclass(BadInput, ValueError))
try:
    mod_errors.check("")
except mod_errors.BadInput as e:
    print("caught through module attribute:", e)
check("42")
