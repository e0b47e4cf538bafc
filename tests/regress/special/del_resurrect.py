# A finalizer that resurrects its object runs once only (PEP 442).
graveyard = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.deaths = 0

    def __del__(self):
        self.deaths += 1
        print(f"__del__ {self.name} (death {self.deaths})")
        if self.deaths == 1:
            graveyard.append(self)

p = Phoenix("fawkes")
del p
print("resurrected:", [(x.name, x.deaths) for x in graveyard])
graveyard.clear()
print("cleared without a second __del__")

class Logger:
    def __init__(self, name, sink):
        self.name = name
        self.sink = sink
    def __del__(self):
        self.sink.append("closed " + self.name)

sink = []
loggers = [Logger(n, sink) for n in "abc"]
del loggers[1]
print(sink)
loggers = None
print(sink)
