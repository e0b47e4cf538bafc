# SystemExit is an exception: finally blocks run and it can be caught.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    print("in try")
    sys.exit(4)
finally:
    print("finally runs before exiting")
print("not reached")
