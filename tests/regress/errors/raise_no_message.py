# Uncaught exception raised as a bare class: the last line has no colon.
print("about to raise")
raise RuntimeError
