# Follows CPython test_finalization.py CycleChainFinalizationTest: rings of plain, resurrecting and suicidal nodes.
# skip-backend: none: reference counting only: cycles are never collected
import gc, weakref
gc.disable()
del_calls = []
survivors = []
errors = []

class Chained:
    def __init__(self, tag):
        self.tag = tag
        self.suicided = False
    def chain(self, left):
        self.left = left
        left.right = self
    def check(self):
        # Every neighbour is either intact or has cleanly cut itself out.
        if self.suicided:
            return self.left is None and self.right is None
        ok_left = self.left.right is None if self.left.suicided else self.left.right is self
        ok_right = self.right.left is None if self.right.suicided else self.right.left is self
        return ok_left and ok_right
    def __del__(self):
        del_calls.append(self.tag)
        if not self.check():
            errors.append("insane " + self.tag)
        self.side_effect()
    def side_effect(self):
        pass

class Resurrecting(Chained):
    def side_effect(self):
        survivors.append(self)

class Suicidal(Chained):
    def side_effect(self):
        self.suicided = True
        self.left = None
        self.right = None

def run(name, classes):
    del_calls.clear()
    nodes = [cls("%s%d" % (cls.__name__[0], i)) for i, cls in enumerate(classes)]
    for i in range(len(nodes)):
        nodes[i].chain(nodes[i - 1])
    wrs = [weakref.ref(n) for n in nodes]
    del nodes
    gc.collect()
    first = sorted(del_calls)
    kept = sorted(s.tag for s in survivors)
    dead = all(w() is None for w in wrs)
    survivors.clear()
    gc.collect()
    print(name, first, "survivors", kept, "weakrefs dead", dead, "same calls after", sorted(del_calls) == first)

run("homogenous", [Chained] * 3)
run("homogenous resurrect", [Resurrecting] * 3)
run("homogenous suicidal", [Suicidal] * 3)
run("heterogenous suicidal one", [Suicidal, Chained] * 2)
run("heterogenous suicidal two", [Suicidal] * 2 + [Chained] * 2)
run("heterogenous resurrect one", [Resurrecting, Chained] * 2)
run("heterogenous resurrect two", [Resurrecting, Chained, Suicidal] * 2)
run("heterogenous resurrect three", [Resurrecting] * 2 + [Chained] * 2 + [Suicidal] * 2)
print("errors:", errors)
