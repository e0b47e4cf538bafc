# hang: the step budget is not ticked when C calls into Python (slot methods like __eq__/__del__/__hash__, key functions): list.index calls an __eq__ that grows the list, forever
class E:
    def __eq__(self, other):
        L.append(E())
        return False
L = [E()]
L.index(1)
