# sys.exit() and sys.exit(0) end the program successfully.
import sys
print("work done")
if True:
    sys.exit(0)
print("not reached")
