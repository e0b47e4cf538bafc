# weakref.finalize at interpreter exit: a pending finalizer with atexit
# set runs, one with atexit cleared does not.  Each referent sits in a
# cycle, so the order does not depend on how the globals are cleared.
import weakref

class Node:
    pass

kept = Node()
kept.me = kept
weakref.finalize(kept, print, 'finalized at exit')

quiet = Node()
quiet.me = quiet
f = weakref.finalize(quiet, print, 'must not run')
f.atexit = False
del kept, quiet, f
print('end of program')
