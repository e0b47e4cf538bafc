# A class-level counter of created instances and per-instance ids.
class Ticket:
    issued = 0

    def __init__(self, owner):
        Ticket.issued += 1
        self.number = Ticket.issued
        self.owner = owner

    def __repr__(self):
        return f"Ticket(#{self.number}, {self.owner!r})"

class VipTicket(Ticket):
    vip_count = 0

    def __init__(self, owner):
        super().__init__(owner)
        type(self).vip_count += 1

t1 = Ticket("ann")
t2 = Ticket("bob")
v1 = VipTicket("cy")
v2 = VipTicket("di")
print(t1, t2, v1, v2)
print(Ticket.issued, VipTicket.issued)
print(VipTicket.vip_count, "vip_count" in Ticket.__dict__)
print([t.number for t in (t1, t2, v1, v2)])
for name in ["eve", "fay", "gus"]:
    Ticket(name)
print(Ticket.issued)
print(t1.issued, v2.issued)
