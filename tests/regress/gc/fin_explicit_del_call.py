# Calling __del__ by hand is an ordinary call: the runtime still finalizes the object once when it dies.
import gc
log = []

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

r = Res("manual")
r.__del__()
r.__del__()
print(log, gc.is_finalized(r))
del r
print(log)
