# sys.exit with an integer status: no traceback, the status is the exit code.
import sys
print("exiting with status 3")
sys.exit(3)
print("not reached")
