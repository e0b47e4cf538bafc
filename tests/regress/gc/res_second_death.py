# A resurrected object that dies again is freed without another __del__; new weak references see it die.
import gc, weakref
log = []
saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("del " + self.name)
        saved.append(self)

Phoenix("bird")
bird = saved.pop()
wr = weakref.ref(bird, lambda r: log.append("callback"))
cache = weakref.WeakValueDictionary()
cache["bird"] = bird
wk = weakref.WeakKeyDictionary()
wk[bird] = "value"
print(log, len(cache), len(wk))
del bird
print(log)
print(wr(), len(cache), len(wk), "bird" in cache)
gc.collect()
print(log.count("del bird"))
