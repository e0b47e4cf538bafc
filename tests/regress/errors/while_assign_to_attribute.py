# '=' after an attribute in a while condition: "cannot assign to attribute
# here. Maybe you meant '==' instead of '='?"
class Counter:
    value = 0
c = Counter()
while c.value = 3:
    c.value += 1
