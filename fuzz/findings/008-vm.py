# hang: the step budget is not ticked when C calls into Python (slot methods like __eq__/__next__/__del__/__hash__, key functions): list.index calls an __eq__ that grows the list forever; the final fuzz run also hit list(it) over a class whose __next__ never raises (list_extend -> slot_iternext)
class E:
    def __eq__(self, other):
        L.append(E())
        return False
L = [E()]
L.index(1)
