# Uncaught ModuleNotFoundError for a module that does not exist.
import sys
print("importing")
import no_such_module_xyz
print("not reached")
