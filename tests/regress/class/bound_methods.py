# Bound methods stored in containers and called later.
class Lamp:
    def __init__(self, name):
        self.name = name
        self.on = False

    def switch_on(self):
        self.on = True
        return f"{self.name} on"

    def switch_off(self):
        self.on = False
        return f"{self.name} off"

    def status(self):
        return f"{self.name}:{'on' if self.on else 'off'}"

kitchen = Lamp("kitchen")
hall = Lamp("hall")
actions = [kitchen.switch_on, hall.switch_on, kitchen.switch_off]
for act in actions:
    print(act())
print(kitchen.status(), hall.status())

callbacks = {"k": kitchen.status, "h": hall.status}
hall.switch_off()
print({k: f() for k, f in sorted(callbacks.items())})

m1 = kitchen.status
m2 = kitchen.status
print(m1 == m2, m1 is m2, m1.__self__ is kitchen)
print(m1.__func__ is Lamp.status)
unbound = Lamp.status
print(unbound(hall))
later = []
for lamp in (kitchen, hall):
    later.append(lamp.switch_on)
del kitchen, hall
print([f() for f in later])
print(later[0].__self__.status(), later[1].__self__.on)
